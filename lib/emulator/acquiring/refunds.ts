import type { Ctx } from "../core/context";
import { dec } from "../core/money";
import { Where } from "../core/pagination";
import { readAmount } from "./amounts";
import { invalidParam, refundExceedsCaptured, refundNotAllowed } from "./errors";
import { EVENTS } from "./fidelity";
import { acqId } from "./format";
import { firstOf, listPage, readAcqPage, readMetadata, readText, readTime } from "./input";
import { insertRefund, loadAttempt, requireAttempt, requireIntent, requireRefund, updateAttempt, type Refund } from "./store";
import { ctxTx } from "./tx";
import { refundHook, refundView } from "./views";

// Refunds (api-reference 4.6): several partial refunds of a SUCCEEDED intent, up to what was
// captured. The emulator settles a refund at once (created → succeeded, both webhooks sent).

const CAPTURED = ["CAPTURE_REQUESTED", "SETTLED", "SUCCEEDED"];
const DAY_MS = 24 * 3600_000;

export async function createRefund(ctx: Ctx) {
  const b = ctx.body;
  const intentId = readText(b.payment_intent_id, "payment_intent_id", 64, true)!;
  const reason = readText(b.reason, "reason", 100, true)!;
  const metadata = readMetadata(b.metadata) ?? {};
  const intent = await requireIntent(ctx.sql, ctx.account.account_id, intentId);
  const amount = readAmount(b.amount, intent.currency);
  if (intent.status !== "SUCCEEDED") throw refundNotAllowed(intent.status);
  const attemptId = readText(b.payment_attempt_id, "payment_attempt_id", 64, false);
  const attempt = attemptId ? await requireAttempt(ctx.sql, ctx.account.account_id, attemptId) : await loadAttempt(ctx.sql, intent.latest_attempt_id);
  if (!attempt || attempt.payment_intent_id !== intent.payment_intent_id) throw invalidParam("payment_attempt_id: does not belong to the payment intent");
  if (!CAPTURED.includes(attempt.status)) throw refundNotAllowed(attempt.status);
  const refunded = dec(attempt.refunded_amount).plus(amount);
  if (refunded.greaterThan(dec(attempt.captured_amount))) throw refundExceedsCaptured();

  const created = await insertRefund(ctx.sql, {
    payment_refund_id: acqId("refund"),
    account_id: intent.account_id,
    payment_intent_id: intent.payment_intent_id,
    payment_attempt_id: attempt.attempt_id,
    merchant_order_id: intent.merchant_order_id,
    status: "SUCCEEDED",
    currency: intent.currency,
    amount: amount.toFixed(),
    data: { reason, metadata, complete_time: ctx.now.toISOString() },
    created_at: ctx.now,
  });
  await updateAttempt(ctx.sql, attempt, { refunded_amount: refunded.toFixed() }, ctx.now);
  const tx = ctxTx(ctx);
  const initiated: Refund = { ...created, status: "INITIATED", data: { ...created.data, complete_time: null } };
  tx.emit(intent.account_id, EVENTS.refundCreated, created.payment_refund_id, refundHook(initiated));
  tx.emit(intent.account_id, EVENTS.refundSucceeded, created.payment_refund_id, refundHook(created));
  return refundView(created);
}

export async function retrieveRefund(ctx: Ctx) {
  return refundView(await requireRefund(ctx.sql, ctx.account.account_id, ctx.params.id));
}

/** Filters: payment_intent_id, merchant_order_id, status, [start_time, end_time) — default one month back, at most three. */
export async function listRefunds(ctx: Ctx) {
  const q = ctx.query;
  const page = readAcqPage(q);
  const end = readTime(q.get("end_time"), "end_time");
  const start = readTime(q.get("start_time"), "start_time") ?? new Date((end ?? ctx.now).getTime() - 31 * DAY_MS);
  if (end && end.getTime() - start.getTime() > 92 * DAY_MS) throw invalidParam("start_time: the time window must not exceed 3 months");
  const status = firstOf(q, "refund_status", "status");
  const where = new Where("account_id = ?", ctx.account.account_id)
    .addIf(q.get("payment_intent_id"), "payment_intent_id = ?", q.get("payment_intent_id"))
    .addIf(q.get("merchant_order_id"), "merchant_order_id = ?", q.get("merchant_order_id"))
    .addIf(status, "status = ?", status)
    .add("created_at >= ?", start)
    .addIf(end, "created_at < ?", end);
  return listPage<Refund, unknown>(ctx.sql, "emu_acq_refunds", where, page, refundView);
}
