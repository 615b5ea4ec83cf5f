import "server-only";
import { toTransactionView, type CardTransactionView } from "@/lib/cards/view";
import { activeUqpay } from "@/lib/connections";
import { boundedRange, rangeTimes, type DayRange } from "@/lib/schemas/date-range";
import type { TransactionFilters } from "@/lib/schemas/transactions";
import type { CardTransaction, UqpayClient } from "@/lib/uqpay";

export const PAGE_SIZE = 20;
// UQPAY filters transactions by card and time only. Status and type filters are applied here over
// the whole (at most 90-day) window, read 100 at a time, up to this many rows.
export const SCAN_LIMIT = 2000;

export type TransactionPage = { range: DayRange; rows: CardTransactionView[]; totalItems: number; totalPages: number; truncated: boolean };

export async function* transactionBatches(uqpay: UqpayClient, filters: TransactionFilters, range: DayRange): AsyncGenerator<CardTransaction[]> {
  for (let page = 1; ; page++) {
    const batch = await uqpay.issuing.transactions.list({ page_size: 100, page_number: page, card_id: filters.card, ...rangeTimes(range) });
    yield batch.data;
    if (page >= batch.total_pages || batch.data.length === 0) return;
  }
}

/** The filters UQPAY cannot apply (status, type), applied by the console. */
export const matchesFilters = (f: TransactionFilters) => (t: CardTransaction) => (!f.status || t.transaction_status === f.status) && (!f.type || t.transaction_type === f.type);

export async function listTransactions(filters: TransactionFilters, page: number): Promise<TransactionPage> {
  const { uqpay } = await activeUqpay();
  const range = boundedRange(filters.from, filters.to);
  if (!filters.status && !filters.type) {
    const result = await uqpay.issuing.transactions.list({ page_size: PAGE_SIZE, page_number: page, card_id: filters.card, ...rangeTimes(range) });
    return { range, rows: result.data.map(toTransactionView), totalItems: result.total_items, totalPages: Math.max(1, result.total_pages), truncated: false };
  }
  const kept: CardTransaction[] = [];
  let scanned = 0;
  for await (const batch of transactionBatches(uqpay, filters, range)) {
    kept.push(...batch.filter(matchesFilters(filters)));
    scanned += batch.length;
    if (scanned >= SCAN_LIMIT) break;
  }
  const start = (page - 1) * PAGE_SIZE;
  return {
    range,
    rows: kept.slice(start, start + PAGE_SIZE).map(toTransactionView),
    totalItems: kept.length,
    totalPages: Math.max(1, Math.ceil(kept.length / PAGE_SIZE)),
    truncated: scanned >= SCAN_LIMIT,
  };
}

export async function getTransaction(transactionId: string): Promise<CardTransaction> {
  const { uqpay } = await activeUqpay();
  return uqpay.issuing.transactions.retrieve(transactionId);
}
