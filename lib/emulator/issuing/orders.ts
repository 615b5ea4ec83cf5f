import { isoUqpay } from "../core/clock";
import type { Ctx } from "../core/context";
import { errorB } from "../core/errors";
import { isUuid, uuid } from "../core/ids";
import { restAmount } from "../core/money";
import type { Sql } from "../db";

export interface CardOrder {
  card_order_id: string;
  account_id: string;
  card_id: string;
  order_type: string;
  amount: string | null;
  currency: string;
  status: string;
  created_at: Date;
  updated_at: Date;
  completed_at: Date | null;
}

export async function insertOrder(
  sql: Sql,
  o: { accountId: string; cardId: string; type: string; amount: string | null; currency: string; status: string; now: Date },
): Promise<CardOrder> {
  const done = o.status === "SUCCESS" || o.status === "FAILED";
  const rows = await sql.query<CardOrder>(
    `INSERT INTO emu_card_orders (card_order_id, account_id, card_id, order_type, amount, currency, status, created_at, updated_at, completed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, $9) RETURNING *`,
    [uuid(), o.accountId, o.cardId, o.type, o.amount, o.currency, o.status, o.now, done ? o.now : null],
  );
  return rows[0];
}

export async function completeOrder(sql: Sql, orderId: string, status: "SUCCESS" | "FAILED", now: Date): Promise<void> {
  await sql.query("UPDATE emu_card_orders SET status = $2, updated_at = $3, completed_at = $3 WHERE card_order_id = $1", [
    orderId,
    status,
    now,
  ]);
}

export function orderView(o: CardOrder) {
  return {
    card_id: o.card_id,
    card_order_id: o.card_order_id,
    order_type: o.order_type,
    amount: o.amount === null ? restAmount(0) : restAmount(o.amount),
    card_currency: o.currency,
    create_time: isoUqpay(o.created_at),
    update_time: isoUqpay(o.updated_at),
    complete_time: o.completed_at ? isoUqpay(o.completed_at) : null,
    order_status: o.status,
  };
}

/** `GET /v1/issuing/cards/{card_order_id}/order` — the path id is the order id. */
export async function retrieveOrder(ctx: Ctx) {
  if (!isUuid(ctx.params.id)) throw errorB("Card order is not exists");
  const rows = await ctx.sql.query<CardOrder>(
    "SELECT * FROM emu_card_orders WHERE account_id = $1 AND card_order_id = $2::uuid",
    [ctx.account.account_id, ctx.params.id],
  );
  if (!rows[0]) throw errorB("Card order is not exists");
  return orderView(rows[0]);
}
