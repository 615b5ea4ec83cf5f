import type { Sql } from "../db";
import { attemptNotFound, intentNotFound, refundNotFound } from "./errors";
import type { MaskedMethod } from "./payment-method";

// Rows of the emu_acq_* tables. Money columns are SQL numeric (strings here); everything that is
// only echoed back lives in `data`. Times inside `data` are ISO strings of the emulated clock.

export interface IntentData {
  description: string;
  return_url: string;
  metadata: Record<string, unknown>;
  payment_orders: unknown;
  customer_id: string | null;
  client_secret: string;
  cancellation_reason: string;
  cancel_time: string | null;
  complete_time: string | null;
  next_action: Record<string, unknown> | null;
}

export interface Intent {
  payment_intent_id: string;
  account_id: string;
  status: string;
  currency: string;
  amount: string;
  captured_amount: string;
  merchant_order_id: string;
  latest_attempt_id: string | null;
  due_at: Date | null;
  data: IntentData;
  created_at: Date;
  updated_at: Date;
}

/** What the attempt needs to finish later (3DS page, QR scan, pending settle). */
export interface AttemptPlan {
  /** Card PAN, kept only to decide the authorisation outcome after a challenge. */
  card_number: string | null;
  capture: boolean;
  /** 3DS return_url override (payment_method.card.three_ds.return_url or confirm's return_url). */
  return_url: string | null;
}

export interface AttemptData {
  payment_method: MaskedMethod;
  plan: AttemptPlan;
  failure_code: string;
  auth_code: string;
  rrn: string;
  arn: string;
  cancellation_reason: string;
  cancel_time: string | null;
  complete_time: string | null;
  authentication_data: Record<string, unknown>;
}

export interface Attempt {
  attempt_id: string;
  account_id: string;
  payment_intent_id: string;
  status: string;
  currency: string;
  amount: string;
  captured_amount: string;
  refunded_amount: string;
  data: AttemptData;
  created_at: Date;
  updated_at: Date;
}

export interface RefundData {
  reason: string;
  metadata: Record<string, unknown>;
  complete_time: string | null;
}

export interface Refund {
  payment_refund_id: string;
  account_id: string;
  payment_intent_id: string;
  payment_attempt_id: string;
  merchant_order_id: string;
  status: string;
  currency: string;
  amount: string;
  data: RefundData;
  created_at: Date;
  updated_at: Date;
}

export async function insertIntent(sql: Sql, i: Omit<Intent, "updated_at">): Promise<Intent> {
  const rows = await sql.query<Intent>(
    `INSERT INTO emu_acq_intents (payment_intent_id, account_id, status, currency, amount, captured_amount, merchant_order_id,
       latest_attempt_id, due_at, data, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11) RETURNING *`,
    [i.payment_intent_id, i.account_id, i.status, i.currency, i.amount, i.captured_amount, i.merchant_order_id, i.latest_attempt_id, i.due_at, JSON.stringify(i.data), i.created_at],
  );
  return rows[0];
}

type IntentPatch = Partial<Pick<Intent, "status" | "currency" | "amount" | "captured_amount" | "merchant_order_id" | "latest_attempt_id" | "due_at">> & {
  data?: Partial<IntentData>;
};

export async function updateIntent(sql: Sql, intent: Intent, patch: IntentPatch, now: Date): Promise<Intent> {
  const next = { ...intent, ...patch, data: { ...intent.data, ...patch.data } };
  const rows = await sql.query<Intent>(
    `UPDATE emu_acq_intents SET status = $2, currency = $3, amount = $4, captured_amount = $5, merchant_order_id = $6,
       latest_attempt_id = $7, due_at = $8, data = $9, updated_at = $10 WHERE payment_intent_id = $1 RETURNING *`,
    [intent.payment_intent_id, next.status, next.currency, next.amount, next.captured_amount, next.merchant_order_id, next.latest_attempt_id, next.due_at, JSON.stringify(next.data), now],
  );
  return rows[0];
}

export async function requireIntent(sql: Sql, accountId: string, id: string): Promise<Intent> {
  const rows = await sql.query<Intent>("SELECT * FROM emu_acq_intents WHERE account_id = $1 AND payment_intent_id = $2", [accountId, id]);
  if (!rows[0]) throw intentNotFound();
  return rows[0];
}

export async function insertAttempt(sql: Sql, a: Omit<Attempt, "updated_at">): Promise<Attempt> {
  const rows = await sql.query<Attempt>(
    `INSERT INTO emu_acq_attempts (attempt_id, account_id, payment_intent_id, status, currency, amount, captured_amount, refunded_amount, data, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) RETURNING *`,
    [a.attempt_id, a.account_id, a.payment_intent_id, a.status, a.currency, a.amount, a.captured_amount, a.refunded_amount, JSON.stringify(a.data), a.created_at],
  );
  return rows[0];
}

type AttemptPatch = Partial<Pick<Attempt, "status" | "captured_amount" | "refunded_amount">> & { data?: Partial<AttemptData> };

export async function updateAttempt(sql: Sql, attempt: Attempt, patch: AttemptPatch, now: Date): Promise<Attempt> {
  const next = { ...attempt, ...patch, data: { ...attempt.data, ...patch.data } };
  const rows = await sql.query<Attempt>(
    `UPDATE emu_acq_attempts SET status = $2, captured_amount = $3, refunded_amount = $4, data = $5, updated_at = $6
     WHERE attempt_id = $1 RETURNING *`,
    [attempt.attempt_id, next.status, next.captured_amount, next.refunded_amount, JSON.stringify(next.data), now],
  );
  return rows[0];
}

export async function requireAttempt(sql: Sql, accountId: string, id: string): Promise<Attempt> {
  const rows = await sql.query<Attempt>("SELECT * FROM emu_acq_attempts WHERE account_id = $1 AND attempt_id = $2", [accountId, id]);
  if (!rows[0]) throw attemptNotFound();
  return rows[0];
}

/** For the hosted pages, which know only the attempt id. */
export async function loadAttemptAnyAccount(sql: Sql, id: string): Promise<Attempt | null> {
  return (await sql.query<Attempt>("SELECT * FROM emu_acq_attempts WHERE attempt_id = $1", [id]))[0] ?? null;
}

export async function loadAttempt(sql: Sql, id: string | null): Promise<Attempt | null> {
  if (!id) return null;
  return (await sql.query<Attempt>("SELECT * FROM emu_acq_attempts WHERE attempt_id = $1", [id]))[0] ?? null;
}

export async function insertRefund(sql: Sql, r: Omit<Refund, "updated_at">): Promise<Refund> {
  const rows = await sql.query<Refund>(
    `INSERT INTO emu_acq_refunds (payment_refund_id, account_id, payment_intent_id, payment_attempt_id, merchant_order_id, status, currency, amount, data, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) RETURNING *`,
    [r.payment_refund_id, r.account_id, r.payment_intent_id, r.payment_attempt_id, r.merchant_order_id, r.status, r.currency, r.amount, JSON.stringify(r.data), r.created_at],
  );
  return rows[0];
}

export async function requireRefund(sql: Sql, accountId: string, id: string): Promise<Refund> {
  const rows = await sql.query<Refund>("SELECT * FROM emu_acq_refunds WHERE account_id = $1 AND payment_refund_id = $2", [accountId, id]);
  if (!rows[0]) throw refundNotFound();
  return rows[0];
}
