import "server-only";
import { activeUqpay } from "@/lib/connections";
import { boundedRange, rangeTimes } from "@/lib/schemas/date-range";
import type { BalanceFilters } from "@/lib/schemas/balances";
import type { IssuingBalance } from "@/lib/uqpay";

export type BalanceView = { currency: string; available: string | null; frozen: string | null; margin: string | null; status: string | null };
export type BalanceMovementView = {
  id: string;
  shortId: string | null;
  type: string | null;
  status: string | null;
  currency: string | null;
  amount: string | null;
  endingBalance: string | null;
  description: string | null;
  createTime: string | null;
};

const PAGE_SIZE = 20;

export const toBalanceView = (b: IssuingBalance): BalanceView => ({
  currency: b.currency,
  available: b.available_balance ?? null,
  frozen: b.frozen_balance ?? null,
  margin: b.margin_balance ?? null,
  status: b.balance_status ?? null,
});

export type MovementPage = { movements: BalanceMovementView[]; totalPages: number; totalItems: number };

/** The issuing balance in every currency the account holds. */
export async function listBalances(): Promise<BalanceView[]> {
  const { uqpay } = await activeUqpay();
  return (await uqpay.issuing.balances.list({ page_size: 100 })).data.map(toBalanceView);
}

/** One page of balance movements; the date range must already be within UQPAY's 90 days. */
export async function listMovements(filters: BalanceFilters, page: number): Promise<MovementPage> {
  const { uqpay } = await activeUqpay();
  const movements = await uqpay.issuing.balances.listTransactions({
    page_size: PAGE_SIZE,
    page_number: page,
    transaction_type: filters.type,
    transaction_status: filters.status,
    currency: filters.currency,
    ...rangeTimes(boundedRange(filters.from, filters.to)),
  });
  return {
    movements: movements.data.map(
      (m): BalanceMovementView => ({
        id: m.transaction_id,
        shortId: m.short_transaction_id ?? null,
        type: m.transaction_type ?? null,
        status: m.transaction_status ?? null,
        currency: m.currency ?? null,
        amount: m.amount ?? null,
        endingBalance: m.ending_balance ?? null,
        description: m.description ?? null,
        createTime: m.create_time ?? null,
      }),
    ),
    totalPages: Math.max(1, movements.total_pages),
    totalItems: movements.total_items,
  };
}
