import { isoUqpay } from "../core/clock";
import type { Ctx } from "../core/context";
import type { Sql } from "../db";
import { invalidRequest } from "../core/errors";
import { isUuid, randomDigits, shortId, uuid } from "../core/ids";
import { Decimal, restAmount, webhookAmount } from "../core/money";
import { pageBody, readPage, Where } from "../core/pagination";
import { readTimeWindow } from "./balances";
import { errorA } from "../core/errors";
import { maskBin8, maskRest, type Card } from "./card-store";

export interface Merchant {
  category_code: string;
  city: string;
  country: string;
  name: string;
}

export interface CardTxnData {
  cardholder_id: string;
  pan: string;
  short_transaction_id: string;
  authorization_code: string;
  card_available_balance: string;
  description: string;
  merchant: Merchant;
  posted_time: string | null;
}

export interface CardTxn {
  transaction_id: string;
  account_id: string;
  card_id: string;
  transaction_type: string;
  status: string;
  original_id: string | null;
  amount: string;
  currency: string;
  reversed: boolean;
  data: CardTxnData;
  created_at: Date;
}

export async function insertCardTxn(
  ctx: Ctx,
  t: { card: Card; type: string; status: string; originalId: string | null; amount: Decimal; currency: string; available: Decimal; description: string; merchant: Merchant },
): Promise<CardTxn> {
  const data: CardTxnData = {
    cardholder_id: t.card.cardholder_id,
    pan: t.card.pan,
    short_transaction_id: shortId("T", ctx.now),
    authorization_code: t.status === "APPROVED" ? randomDigits(6) : "",
    card_available_balance: t.available.toFixed(),
    description: t.description,
    merchant: t.merchant,
    posted_time: t.status === "APPROVED" ? isoUqpay(ctx.now) : null,
  };
  const rows = await ctx.sql.query<CardTxn>(
    `INSERT INTO emu_card_txns (transaction_id, account_id, card_id, transaction_type, status, original_id, amount, currency, data, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING *`,
    [uuid(), t.card.account_id, t.card.card_id, t.type, t.status, t.originalId, t.amount.toFixed(), t.currency, JSON.stringify(data), ctx.now],
  );
  return rows[0];
}

function common(t: CardTxn) {
  return {
    card_id: t.card_id,
    cardholder_id: t.data.cardholder_id,
    transaction_id: t.transaction_id,
    short_transaction_id: t.data.short_transaction_id,
    original_transaction_id: t.original_id ?? "",
    transaction_type: t.transaction_type,
    fee_pass_through: "N",
    transaction_fee_currency: t.currency,
    authorization_code: t.data.authorization_code,
    billing_currency: t.currency,
    transaction_currency: t.currency,
    transaction_time: isoUqpay(t.created_at),
    posted_time: t.data.posted_time ?? "",
    description: t.data.description,
    transaction_status: t.status,
    wallet_type: "",
  };
}

/** REST form: masked PAN per the REST switch, `merchant_data` an object. */
export function cardTxnView(t: CardTxn) {
  return {
    ...common(t),
    card_number: maskRest(t.data.pan),
    transaction_fee: restAmount(0),
    card_available_balance: restAmount(t.data.card_available_balance),
    billing_amount: restAmount(t.amount),
    transaction_amount: restAmount(t.amount),
    merchant_data: t.data.merchant,
    failure_reason: t.status === "DECLINED" ? t.data.description : "",
  };
}

/** Webhook form: BIN8****last4, string amounts, `merchant_data` an array of one object. */
export function cardTxnWebhook(t: CardTxn) {
  return {
    ...common(t),
    card_number: maskBin8(t.data.pan),
    transaction_fee: "0",
    card_available_balance: webhookAmount(t.data.card_available_balance),
    billing_amount: webhookAmount(t.amount),
    transaction_amount: webhookAmount(t.amount),
    merchant_data: [t.data.merchant],
  };
}

export async function listCardTransactions(ctx: Ctx) {
  const page = readPage(ctx.query);
  const cardId = ctx.query.get("card_id");
  if (cardId && !isUuid(cardId)) throw invalidRequest("card_id: must be a UUID");
  const { start, end } = readTimeWindow(ctx.query);
  const where = new Where("account_id = ?", ctx.account.account_id)
    .addIf(cardId, "card_id = ?::uuid", cardId)
    .addIf(start, "created_at >= ?", start)
    .addIf(end, "created_at <= ?", end);
  const count = await countCardTxns(ctx.sql, ctx.account.account_id, cardId, start, end);
  const rows = await ctx.sql.query<CardTxn>(
    // Newest first by creation time (seq breaks ties): the time indexes then serve a window's
    // first page without sorting the whole window.
    `SELECT * FROM emu_card_txns WHERE ${where.sql()} ORDER BY created_at DESC, seq DESC LIMIT ${page.size} OFFSET ${page.offset}`,
    where.params,
  );
  return pageBody(rows.map(cardTxnView), count, page);
}

const HOUR_MS = 3_600_000;

/**
 * total_items of a transaction list: whole UTC hours from the trigger-kept emu_card_txn_hours, and
 * only the rows in the partial hours at the window's edges counted one by one (schema.ts).
 */
export async function countCardTxns(sql: Sql, accountId: string, cardId: string | null, start: Date | null, end: Date | null): Promise<number> {
  const exact = async (from: Date | null, to: Date | null, toInclusive: boolean) => {
    const where = new Where("account_id = ?", accountId)
      .addIf(cardId, "card_id = ?::uuid", cardId)
      .addIf(from, "created_at >= ?", from)
      .addIf(to, toInclusive ? "created_at <= ?" : "created_at < ?", to);
    const [{ n }] = await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM emu_card_txns WHERE ${where.sql()}`, where.params);
    return n;
  };
  // Whole hours are [firstHour, lastHour); the rows before and after them are counted exactly.
  const firstHour = start ? new Date(Math.ceil(start.getTime() / HOUR_MS) * HOUR_MS) : null;
  const lastHour = end ? new Date(Math.floor(end.getTime() / HOUR_MS) * HOUR_MS) : null;
  if (firstHour && lastHour && firstHour >= lastHour) return exact(start, end, true);
  const hours = new Where("account_id = ?", accountId)
    .addIf(cardId, "card_id = ?::uuid", cardId)
    .addIf(firstHour, "hour >= (?::timestamptz AT TIME ZONE 'UTC')", firstHour)
    .addIf(lastHour, "hour < (?::timestamptz AT TIME ZONE 'UTC')", lastHour);
  const [{ n: whole }] = await sql.query<{ n: number }>(`SELECT coalesce(sum(n), 0)::int AS n FROM emu_card_txn_hours WHERE ${hours.sql()}`, hours.params);
  const head = start && firstHour && firstHour > start ? await exact(start, firstHour, false) : 0;
  const tail = end && lastHour ? await exact(lastHour, end, true) : 0;
  return whole + head + tail;
}

export async function loadCardTxn(ctx: Ctx, id: string): Promise<CardTxn | null> {
  if (!isUuid(id)) return null;
  const rows = await ctx.sql.query<CardTxn>("SELECT * FROM emu_card_txns WHERE account_id = $1 AND transaction_id = $2::uuid", [
    ctx.account.account_id,
    id,
  ]);
  return rows[0] ?? null;
}

export async function retrieveCardTransaction(ctx: Ctx) {
  const txn = await loadCardTxn(ctx, ctx.params.id);
  if (!txn) {
    throw errorA("invalid_request_error", "invalid_request_error", `transaction[${ctx.params.id}] not found under the connected account`);
  }
  return cardTxnView(txn);
}
