import { randomDigits } from "../core/ids";
import { DECLINES, EVENTS, EXPIRED_INTENT_STATUS, NEXT_ACTION_RETURN_URL, PENDING_SETTLE_SECONDS, TEST_CARDS, CANCELLED_STATUS } from "./fidelity";
import { acqId, acqTime } from "./format";
import { maskMethod, type PaymentMethod } from "./payment-method";
import { insertAttempt, updateAttempt, updateIntent, type Attempt, type Intent } from "./store";
import type { AcqTx } from "./tx";
import { attemptHook, intentHook } from "./views";

// The payment state machine shared by the API handlers, the hosted 3DS/wallet pages and the
// scheduler. Outcomes come from the documented test data (README.md "Test data").

const OPEN_ATTEMPT = ["INITIATED", "AUTHENTICATION_REDIRECTED", "PENDING_AUTHORIZATION", "AUTHORIZED"];

async function saveIntent(tx: AcqTx, intent: Intent, patch: Parameters<typeof updateIntent>[2]): Promise<Intent> {
  const saved = await updateIntent(tx.sql, intent, patch, tx.now);
  if (saved.due_at) tx.rt.noteDue(new Date(saved.due_at));
  return saved;
}

function emitIntent(tx: AcqTx, type: string | null, intent: Intent, attempt: Attempt | null): void {
  tx.emit(intent.account_id, type, intent.payment_intent_id, intentHook(intent, attempt));
}

function emitAttempt(tx: AcqTx, type: string | null, attempt: Attempt, intent: Intent): void {
  tx.emit(attempt.account_id, type, attempt.attempt_id, attemptHook(attempt, intent.merchant_order_id));
}

/** Confirm: a new attempt for the intent's amount with `method`, driven to its first resting state. */
export async function startAttempt(tx: AcqTx, intent: Intent, method: PaymentMethod, returnUrl: string | null): Promise<Intent> {
  const card = "number" in method ? method : null;
  let attempt = await insertAttempt(tx.sql, {
    attempt_id: acqId("attempt"),
    account_id: intent.account_id,
    payment_intent_id: intent.payment_intent_id,
    status: "INITIATED",
    currency: intent.currency,
    amount: intent.amount,
    captured_amount: "0",
    refunded_amount: "0",
    data: {
      payment_method: maskMethod(method),
      plan: { card_number: card?.number ?? null, capture: card ? card.autoCapture && !card.preAuthorization : true, return_url: card?.threeDsReturnUrl ?? returnUrl },
      failure_code: "", auth_code: "", rrn: "", arn: "", cancellation_reason: "", cancel_time: null, complete_time: null,
      authentication_data: card ? { cvv_result: "M", avs_result: "U", three_ds: null } : {},
    },
    created_at: tx.now,
  });
  intent = await saveIntent(tx, intent, { latest_attempt_id: attempt.attempt_id, data: { next_action: null } });
  emitAttempt(tx, EVENTS.attemptCreated, attempt, intent);

  const base = tx.rt.config.publicUrl;
  if (card?.enforce3ds) {
    attempt = await updateAttempt(tx.sql, attempt, { status: "AUTHENTICATION_REDIRECTED" }, tx.now);
    const next_action = { type: "redirect_to_url", redirect_to_url: { url: `${base}/acquiring/3ds/${attempt.attempt_id}`, return_url: NEXT_ACTION_RETURN_URL } };
    return requireAction(tx, intent, attempt, next_action);
  }
  if (card || (method as { paymentCode: string | null }).paymentCode) return authorize(tx, intent, attempt);
  const flow = (method as { flow: string }).flow;
  const page = `${base}/acquiring/qr/${attempt.attempt_id}`;
  const next_action =
    flow === "qrcode"
      ? { type: "display_qr_code", display_qr_code: { qr_code: page, qr_code_url: `${page}/show`, expires_at: expiresAt(intent) } }
      : { type: "redirect_to_url", redirect_to_url: { url: page, return_url: NEXT_ACTION_RETURN_URL } };
  return requireAction(tx, intent, attempt, next_action);
}

/** Seed 003 shows the QR's expires_at with milliseconds; the code lives as long as the intent. */
function expiresAt(intent: Intent): string | null {
  return acqTime(intent.due_at, true);
}

async function requireAction(tx: AcqTx, intent: Intent, attempt: Attempt, next_action: Record<string, unknown>): Promise<Intent> {
  const saved = await saveIntent(tx, intent, { status: "REQUIRES_CUSTOMER_ACTION", data: { next_action } });
  emitIntent(tx, EVENTS.intentRequiresAction, saved, attempt);
  return saved;
}

/** The issuer's answer, by test card: decline, pending, or approve. Wallets always approve. */
export async function authorize(tx: AcqTx, intent: Intent, attempt: Attempt): Promise<Intent> {
  const pan = attempt.data.plan.card_number;
  const decline = pan ? DECLINES[pan] : undefined;
  if (decline) return failAttempt(tx, intent, attempt, decline);
  if (pan === TEST_CARDS.pending && attempt.status !== "PENDING_AUTHORIZATION") {
    await updateAttempt(tx.sql, attempt, { status: "PENDING_AUTHORIZATION" }, tx.now);
    const due = new Date(tx.now.getTime() + PENDING_SETTLE_SECONDS * 1000);
    return saveIntent(tx, intent, { status: "PENDING", due_at: due, data: { next_action: null } });
  }
  const approved = { status: "AUTHORIZED", data: { auth_code: randomDigits(6), rrn: randomDigits(12) } };
  attempt = await updateAttempt(tx.sql, attempt, approved, tx.now);
  if (attempt.data.plan.capture) return capture(tx, intent, attempt, attempt.amount);
  const saved = await saveIntent(tx, intent, { status: "REQUIRES_CAPTURE", due_at: null, data: { next_action: null } });
  emitIntent(tx, EVENTS.intentRequiresCapture, saved, attempt);
  return saved;
}

/** Capture (automatic or requested): attempt CAPTURE_REQUESTED, intent SUCCEEDED with captured_amount. */
export async function capture(tx: AcqTx, intent: Intent, attempt: Attempt, amount: string): Promise<Intent> {
  const done = tx.now.toISOString();
  attempt = await updateAttempt(tx.sql, attempt, { status: "CAPTURE_REQUESTED", captured_amount: amount, data: { complete_time: done, arn: randomDigits(23) } }, tx.now);
  const saved = await saveIntent(tx, intent, { status: "SUCCEEDED", captured_amount: amount, due_at: null, data: { next_action: null, complete_time: done } });
  emitAttempt(tx, EVENTS.attemptCaptureRequested, attempt, saved);
  emitIntent(tx, EVENTS.intentSucceeded, saved, attempt);
  return saved;
}

/** A failed attempt sends the intent back to REQUIRES_PAYMENT_METHOD (seed 003); its expiry clock keeps running. */
export async function failAttempt(tx: AcqTx, intent: Intent, attempt: Attempt, code: string): Promise<Intent> {
  attempt = await updateAttempt(tx.sql, attempt, { status: "FAILED", data: { failure_code: code, complete_time: tx.now.toISOString() } }, tx.now);
  const saved = await saveIntent(tx, intent, { status: "REQUIRES_PAYMENT_METHOD", data: { next_action: null } });
  emitAttempt(tx, EVENTS.attemptFailed, attempt, saved);
  return saved;
}

export async function cancel(tx: AcqTx, intent: Intent, attempt: Attempt | null, reason: string): Promise<Intent> {
  const at = tx.now.toISOString();
  if (attempt && OPEN_ATTEMPT.includes(attempt.status)) {
    attempt = await updateAttempt(tx.sql, attempt, { status: "CANCELLED", data: { cancel_time: at, cancellation_reason: reason } }, tx.now);
    emitAttempt(tx, EVENTS.attemptCancelled, attempt, intent);
  }
  const saved = await saveIntent(tx, intent, { status: CANCELLED_STATUS, due_at: null, data: { next_action: null, cancel_time: at, cancellation_reason: reason } });
  emitIntent(tx, EVENTS.intentCancelled, saved, attempt);
  return saved;
}

/** 30 minutes after creation an unfinished intent closes as FAILED; a waiting attempt EXPIRES. */
export async function expire(tx: AcqTx, intent: Intent, attempt: Attempt | null): Promise<Intent> {
  if (attempt && ["INITIATED", "AUTHENTICATION_REDIRECTED"].includes(attempt.status)) {
    attempt = await updateAttempt(tx.sql, attempt, { status: "EXPIRED" }, tx.now);
  }
  const saved = await saveIntent(tx, intent, { status: EXPIRED_INTENT_STATUS, due_at: null, data: { next_action: null, complete_time: tx.now.toISOString() } });
  emitIntent(tx, EVENTS.intentFailed, saved, attempt);
  return saved;
}
