import { isoUqpay } from "../core/clock";
import type { Ctx } from "../core/context";
import { errorA, invalidRequest } from "../core/errors";
import { isUuid } from "../core/ids";
import { restAmount } from "../core/money";
import { pageBody, readPage, Where } from "../core/pagination";
import { loadBalance, type BalanceRow } from "./ledger";

const balanceError = () => errorA("account_error", "account_balance_error", "insufficient balance or currency balance unavailable");

function balanceView(b: BalanceRow) {
  return {
    balance_id: b.balance_id,
    currency: b.currency,
    available_balance: restAmount(b.available),
    margin_balance: restAmount(b.margin),
    frozen_balance: restAmount(b.frozen),
    create_time: isoUqpay(b.created_at),
    last_trade_time: b.last_trade_at ? isoUqpay(b.last_trade_at) : null,
    balance_status: b.status,
  };
}

/** Retrieve is `POST /v1/issuing/balances` with `{currency}` — a read despite the verb. */
export async function retrieveBalance(ctx: Ctx) {
  const currency = ctx.body.currency;
  if (typeof currency !== "string" || !/^[A-Z]{3,4}$/.test(currency)) throw invalidRequest("currency: required, ISO 4217 code");
  const balance = await loadBalance(ctx.sql, ctx.account.account_id, currency);
  if (!balance) throw balanceError();
  return balanceView(balance);
}

export async function listBalances(ctx: Ctx) {
  const page = readPage(ctx.query);
  const currency = ctx.query.get("currency");
  const where = new Where("account_id = ?", ctx.account.account_id).addIf(currency, "currency = ?", currency);
  const [{ count }] = await ctx.sql.query<{ count: number }>(`SELECT count(*)::int AS count FROM emu_balances WHERE ${where.sql()}`, where.params);
  if (currency && count === 0) throw balanceError();
  const rows = await ctx.sql.query<BalanceRow>(
    `SELECT * FROM emu_balances WHERE ${where.sql()} ORDER BY seq LIMIT ${page.size} OFFSET ${page.offset}`,
    where.params,
  );
  return pageBody(rows.map(balanceView), count, page);
}

const TXN_TYPES = [
  "DEPOSIT", "TRANSFER_IN", "TRANSFER_OUT", "ISSUING_AUTHORIZATION", "ISSUING_REVERSAL", "ISSUING_REFUND", "CARD_RECHARGE",
  "CARD_WITHDRAW", "SETTLEMENT_DEBIT", "SETTLEMENT_CREDIT", "SETTLEMENT_REVERSAL", "FEE", "REFUND", "ADJUSTMENT",
  "FUNDS_TRANSFER_IN", "FUNDS_TRANSFER_OUT", "FEE_REFUND", "FEE_DEDUCTION", "MARGIN_PAYMENT", "MARGIN_REFUND", "OTHER",
];
const TXN_STATUSES = ["FAILED", "PENDING", "COMPLETED", "CANCELLED"];
const NINETY_DAYS_MS = 90 * 24 * 3600 * 1000;

/** Reads `start_time`/`end_time` (ISO, at most 90 days apart) shared by the transaction lists. */
export function readTimeWindow(query: URLSearchParams): { start: Date | null; end: Date | null } {
  const parse = (name: string) => {
    const raw = query.get(name);
    if (!raw) return null;
    const t = Date.parse(raw);
    if (Number.isNaN(t)) throw invalidRequest(`${name}: must be an ISO 8601 timestamp`);
    return new Date(t);
  };
  const start = parse("start_time");
  const end = parse("end_time");
  if (start && end && (end < start || end.getTime() - start.getTime() > NINETY_DAYS_MS)) {
    throw invalidRequest("end_time: must be after start_time and at most 90 days later");
  }
  return { start, end };
}

type TxnRow = {
  transaction_id: string; short_id: string; account_id: string; balance_id: string; transaction_type: string; currency: string;
  amount: string; ending_balance: string; status: string; description: string; created_at: Date; completed_at: Date | null;
};

export async function listBalanceTransactions(ctx: Ctx) {
  const page = readPage(ctx.query);
  const q = ctx.query;
  const type = q.get("transaction_type");
  const status = q.get("transaction_status");
  if (type && !TXN_TYPES.includes(type)) throw invalidRequest("transaction_type: unknown value");
  if (status && !TXN_STATUSES.includes(status)) throw invalidRequest("transaction_status: unknown value");
  const { start, end } = readTimeWindow(q);
  const txnId = q.get("transaction_id");
  if (txnId && !isUuid(txnId)) throw invalidRequest("transaction_id: must be a UUID");
  const where = new Where("account_id = ?", ctx.account.account_id)
    .addIf(q.get("currency"), "currency = ?", q.get("currency"))
    .addIf(type, "transaction_type = ?", type)
    .addIf(status, "status = ?", status)
    .addIf(txnId, "transaction_id = ?::uuid", txnId)
    .addIf(start, "created_at >= ?", start)
    .addIf(end, "created_at <= ?", end);
  const [{ count }] = await ctx.sql.query<{ count: number }>(`SELECT count(*)::int AS count FROM emu_balance_txns WHERE ${where.sql()}`, where.params);
  const rows = await ctx.sql.query<TxnRow>(
    `SELECT * FROM emu_balance_txns WHERE ${where.sql()} ORDER BY seq DESC LIMIT ${page.size} OFFSET ${page.offset}`,
    where.params,
  );
  return pageBody(
    rows.map((t) => ({
      transaction_id: t.transaction_id,
      short_transaction_id: t.short_id,
      account_id: t.account_id,
      account_name: ctx.account.name,
      balance_id: t.balance_id,
      transaction_type: t.transaction_type,
      currency: t.currency,
      amount: restAmount(t.amount),
      create_time: isoUqpay(t.created_at),
      complete_time: t.completed_at ? isoUqpay(t.completed_at) : null,
      transaction_status: t.status,
      ending_balance: restAmount(t.ending_balance),
      description: t.description,
    })),
    count,
    page,
  );
}
