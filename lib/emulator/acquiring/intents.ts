import type { Ctx } from "../core/context";
import { Where } from "../core/pagination";
import { readAmount, readCurrency } from "./amounts";
import { startAttempt } from "./engine";
import { invalidIntentStatus } from "./errors";
import { EVENTS, INTENT_TTL_SECONDS } from "./fidelity";
import { acqId, clientSecret } from "./format";
import { firstOf, listPage, readAcqPage, readMetadata, readText, readTime } from "./input";
import { readPaymentMethod, require3dsContext, type PaymentMethod } from "./payment-method";
import { insertIntent, loadAttempt, requireIntent, updateIntent, type Intent } from "./store";
import { ctxTx } from "./tx";
import { intentHook, intentView } from "./views";

// PaymentIntent create / list / retrieve / update (api-reference 4.1-4.4, seed 003).

export async function viewOf(ctx: Pick<Ctx, "sql">, intent: Intent) {
  return intentView(intent, await loadAttempt(ctx.sql, intent.latest_attempt_id));
}

/** Shared by create and confirm: the method, plus 3DS context when enforce_3ds asks for it. */
export function readMethodFor(ctx: Ctx): PaymentMethod {
  const method = readPaymentMethod(ctx.body.payment_method, ctx.now);
  if ("enforce3ds" in method && method.enforce3ds) require3dsContext(ctx.body);
  return method;
}

export async function createIntent(ctx: Ctx) {
  const b = ctx.body;
  const currency = readCurrency(b.currency);
  const amount = readAmount(b.amount, currency);
  const merchantOrderId = readText(b.merchant_order_id, "merchant_order_id", 36, true)!;
  const description = readText(b.description, "description", 32, true)!;
  const returnUrl = readText(b.return_url, "return_url", 1024, true)!;
  const metadata = readMetadata(b.metadata) ?? {};
  const customerId = readText(b.customer_id, "customer_id", 64, false) ?? null;
  // Validate the method before anything is stored: a bad card must not leave an intent behind.
  const method = b.payment_method === undefined || b.payment_method === null ? null : readMethodFor(ctx);

  const id = acqId("intent");
  let intent = await insertIntent(ctx.sql, {
    payment_intent_id: id,
    account_id: ctx.account.account_id,
    status: "REQUIRES_PAYMENT_METHOD",
    currency,
    amount: amount.toFixed(),
    captured_amount: "0",
    merchant_order_id: merchantOrderId,
    latest_attempt_id: null,
    due_at: new Date(ctx.now.getTime() + INTENT_TTL_SECONDS * 1000),
    data: {
      description, return_url: returnUrl, metadata, payment_orders: b.payment_orders ?? null, customer_id: customerId,
      client_secret: clientSecret(id), cancellation_reason: "", cancel_time: null, complete_time: null, next_action: null,
    },
    created_at: ctx.now,
  });
  ctx.rt.noteDue(new Date(intent.due_at!));
  const tx = ctxTx(ctx);
  tx.emit(intent.account_id, EVENTS.intentCreated, id, intentHook(intent, null));
  if (method) intent = await startAttempt(tx, intent, method, null);
  return viewOf(ctx, intent);
}

export async function retrieveIntent(ctx: Ctx) {
  return viewOf(ctx, await requireIntent(ctx.sql, ctx.account.account_id, ctx.params.id));
}

/** Filters under both spellings the SDKs use (api-reference 4.4); times are [start, end). */
export async function listIntents(ctx: Ctx) {
  const q = ctx.query;
  const page = readAcqPage(q);
  const status = firstOf(q, "payment_intent_status", "intent_status");
  const start = readTime(firstOf(q, "start_time", "create_start_time"), "start_time");
  const end = readTime(firstOf(q, "end_time", "create_end_time"), "end_time");
  const where = new Where("account_id = ?", ctx.account.account_id)
    .addIf(status, "status = ?", status)
    .addIf(q.get("merchant_order_id"), "merchant_order_id = ?", q.get("merchant_order_id"))
    .addIf(start, "created_at >= ?", start)
    .addIf(end, "created_at < ?", end);
  return listPage<Intent, unknown>(ctx.sql, "emu_acq_intents", where, page, (row) => viewOf(ctx, row));
}

/** Seed 003: an intent may be updated (amount, currency, ...) only before it is confirmed. */
export async function updateIntentHandler(ctx: Ctx) {
  const intent = await requireIntent(ctx.sql, ctx.account.account_id, ctx.params.id);
  if (intent.status !== "REQUIRES_PAYMENT_METHOD" || intent.latest_attempt_id) throw invalidIntentStatus(intent.status, "updated after confirm");
  const b = ctx.body;
  const currency = b.currency === undefined ? intent.currency : readCurrency(b.currency);
  const amount = readAmount(b.amount === undefined ? intent.amount : b.amount, currency);
  const data: Partial<Intent["data"]> = {};
  const description = readText(b.description, "description", 32, false);
  const returnUrl = readText(b.return_url, "return_url", 1024, false);
  const metadata = readMetadata(b.metadata);
  const customerId = readText(b.customer_id, "customer_id", 64, false);
  if (description !== undefined) data.description = description;
  if (returnUrl !== undefined) data.return_url = returnUrl;
  if (metadata !== undefined) data.metadata = metadata;
  if (customerId !== undefined) data.customer_id = customerId;
  if (b.payment_orders !== undefined) data.payment_orders = b.payment_orders;
  const merchantOrderId = readText(b.merchant_order_id, "merchant_order_id", 36, false) ?? intent.merchant_order_id;
  const saved = await updateIntent(ctx.sql, intent, { currency, amount: amount.toFixed(), merchant_order_id: merchantOrderId, data }, ctx.now);
  return viewOf(ctx, saved);
}
