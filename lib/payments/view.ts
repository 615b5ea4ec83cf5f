import "server-only";
import { addAmounts, compareAmounts, subtractAmounts } from "@/lib/money";
import type { PaymentAttempt, PaymentIntent, Refund } from "@/lib/uqpay";

// DTOs the pages and the polling route hand to the browser: only what the console shows, never
// a raw payload (a payment method is reduced to its type, brand and last 4 digits).

export type PaymentMethodView = { type: string; brand: string | null; last4: string | null; flow: string | null };

export type NextActionView =
  | { type: "redirect_to_url"; url: string }
  | { type: "display_qr_code"; qrCode: string; qrCodeUrl: string | null; expiresAt: string | null }
  | { type: string; url?: undefined };

export type AttemptView = {
  attemptId: string;
  status: string | null;
  amount: string | null;
  currency: string | null;
  capturedAmount: string | null;
  refundedAmount: string | null;
  failureCode: string | null;
  authCode: string | null;
  method: PaymentMethodView | null;
  createTime: string | null;
};

export type IntentView = {
  paymentIntentId: string;
  status: string | null;
  amount: string | null;
  currency: string;
  capturedAmount: string | null;
  merchantOrderId: string | null;
  description: string | null;
  returnUrl: string | null;
  metadata: Record<string, unknown> | null;
  cancellationReason: string | null;
  nextAction: NextActionView | null;
  latestAttempt: AttemptView | null;
  createTime: string | null;
  completeTime: string | null;
};

export type RefundView = { refundId: string; amount: string | null; currency: string | null; status: string | null; reason: string | null; createTime: string | null };

const obj = (v: unknown): Record<string, unknown> | null => (typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null);
const str = (v: unknown): string | null => (typeof v === "string" && v ? v : typeof v === "number" ? String(v) : null);

function toMethodView(method: unknown): PaymentMethodView | null {
  const m = obj(method);
  const type = str(m?.type);
  if (!m || !type) return null;
  const sub = obj(m[type]);
  return { type, brand: str(sub?.brand) ?? str(sub?.network), last4: str(sub?.last4), flow: str(sub?.flow) };
}

export function toAttemptView(a: PaymentAttempt): AttemptView {
  return {
    attemptId: a.attempt_id ?? a.payment_attempt_id ?? "",
    status: a.attempt_status ?? null,
    amount: a.amount ?? null,
    currency: a.currency ?? null,
    capturedAmount: a.captured_amount ?? null,
    refundedAmount: a.refunded_amount ?? null,
    failureCode: a.failure_code ?? null,
    authCode: a.auth_code ?? null,
    method: toMethodView(a.payment_method),
    createTime: a.create_time ?? null,
  };
}

function toNextAction(next: PaymentIntent["next_action"]): NextActionView | null {
  if (!next) return null;
  const qr = next.display_qr_code;
  if (qr && (qr.qr_code || qr.qr_code_url)) {
    return { type: "display_qr_code", qrCode: qr.qr_code ?? qr.qr_code_url ?? "", qrCodeUrl: qr.qr_code_url ?? null, expiresAt: qr.expires_at ?? null };
  }
  const url = next.redirect_to_url?.url;
  if (url && /^https?:\/\//.test(url)) return { type: "redirect_to_url", url };
  return next.type ? { type: next.type } : null;
}

export function toIntentView(pi: PaymentIntent): IntentView {
  return {
    paymentIntentId: pi.payment_intent_id,
    status: pi.intent_status ?? null,
    amount: pi.amount ?? null,
    currency: pi.currency ?? "",
    capturedAmount: pi.captured_amount ?? pi.latest_payment_attempt?.captured_amount ?? null,
    merchantOrderId: pi.merchant_order_id ?? null,
    description: pi.description ?? null,
    returnUrl: pi.return_url ?? null,
    metadata: pi.metadata ?? null,
    cancellationReason: pi.cancellation_reason ?? null,
    // A next action only matters while the customer still has to act.
    nextAction: pi.intent_status === "REQUIRES_CUSTOMER_ACTION" ? toNextAction(pi.next_action) : null,
    latestAttempt: pi.latest_payment_attempt ? toAttemptView(pi.latest_payment_attempt) : null,
    createTime: pi.create_time ?? null,
    completeTime: pi.complete_time ?? null,
  };
}

export function toRefundView(r: Refund): RefundView {
  return {
    refundId: r.payment_refund_id,
    amount: r.amount ?? null,
    currency: r.currency ?? null,
    status: r.refund_status ?? null,
    reason: r.reason ?? null,
    createTime: r.create_time ?? null,
  };
}

// Refunds that failed or were reversed give the money back to the refundable pool.
const RELEASED = new Set(["FAILED", "REVERSAL_SUCCEEDED"]);

/** Refunded so far and what is left to refund (captured minus live refunds, never below zero). */
export function refundTotals(intent: IntentView, refunds: RefundView[]): { refunded: string; refundable: string | null } {
  const refunded = addAmounts(...refunds.filter((r) => r.amount && !RELEASED.has(r.status ?? "")).map((r) => r.amount!));
  if (intent.status !== "SUCCEEDED" || !intent.capturedAmount) return { refunded, refundable: null };
  const left = subtractAmounts(intent.capturedAmount, refunded);
  return { refunded, refundable: compareAmounts(left, 0) > 0 ? left : "0" };
}
