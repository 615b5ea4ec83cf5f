import "server-only";
import { requireRole } from "@/lib/auth/session";
import { activeUqpay } from "@/lib/connections";
import { PAYMENT_PAGE_SIZE, type PaymentFilters } from "@/lib/schemas/payments";
import type { UqpayClient } from "@/lib/uqpay";
import { allowedPaymentActions, type PaymentAction } from "./status";
import { refundTotals, toAttemptView, toIntentView, toRefundView, type AttemptView, type IntentView, type RefundView } from "./view";

export type PaymentListResult = { items: IntentView[]; page: number; totalPages: number; totalItems: number };

export type PaymentDetail = {
  intent: IntentView;
  /** null when UQPAY could not list them just now (the intent itself still shows). */
  attempts: AttemptView[] | null;
  refunds: RefundView[] | null;
  refunded: string;
  refundable: string | null;
  /** What the intent's state allows, before the viewer's role is considered. */
  actions: PaymentAction[];
  environment: string;
};

// Whole days from the URL, in UTC; the end is exclusive upstream, so "to" covers its whole day.
function timeWindow(filters: PaymentFilters) {
  const nextDay = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return {
    ...(filters.from ? { start_time: `${filters.from}T00:00:00+00:00` } : {}),
    ...(filters.to ? { end_time: `${nextDay(filters.to)}T00:00:00+00:00` } : {}),
  };
}

export async function listPaymentIntents(filters: PaymentFilters, page: number): Promise<PaymentListResult> {
  await requireRole("viewer");
  const { uqpay } = await activeUqpay();
  // merchant_order_id is a documented list filter the client's params type does not name yet.
  const params: Parameters<UqpayClient["acquiring"]["paymentIntents"]["list"]>[0] & { merchant_order_id?: string } = {
    page_size: PAYMENT_PAGE_SIZE,
    page_number: page,
    ...(filters.status ? { payment_intent_status: filters.status } : {}),
    ...(filters.order ? { merchant_order_id: filters.order } : {}),
    ...timeWindow(filters),
  };
  const result = await uqpay.acquiring.paymentIntents.list(params);
  return { items: result.data.map(toIntentView), page, totalPages: Math.max(1, result.total_pages), totalItems: result.total_items };
}

/**
 * The intent with its attempts and refunds, read in parallel; a failed side list does not hide the
 * intent. With `complete`, a failed side list fails the read instead: an action must not be judged
 * "not allowed" because UQPAY was briefly unable to list the refunds it is checked against.
 */
export async function getPaymentDetail(paymentIntentId: string, options: { complete?: boolean } = {}): Promise<PaymentDetail> {
  await requireRole("viewer");
  const { connection, uqpay } = await activeUqpay();
  const [intent, attempts, refunds] = await Promise.allSettled([
    uqpay.acquiring.paymentIntents.retrieve(paymentIntentId),
    uqpay.acquiring.paymentAttempts.list({ payment_intent_id: paymentIntentId, page_size: 100 }),
    uqpay.acquiring.refunds.list({ payment_intent_id: paymentIntentId, page_size: 100 }),
  ]);
  if (intent.status === "rejected") throw intent.reason;
  if (options.complete) for (const side of [attempts, refunds]) if (side.status === "rejected") throw side.reason;
  const view = toIntentView(intent.value);
  const attemptViews = attempts.status === "fulfilled" ? attempts.value.data.map(toAttemptView) : null;
  const refundViews = refunds.status === "fulfilled" ? refunds.value.data.map(toRefundView) : null;
  const totals = refundTotals(view, refundViews ?? []);
  const hasAttempt = Boolean(view.latestAttempt) || (attemptViews?.length ?? 0) > 0;
  return {
    intent: view,
    attempts: attemptViews,
    refunds: refundViews,
    ...totals,
    // Without the refund list the refundable amount is unknown, so no refund is offered.
    actions: allowedPaymentActions({ status: view.status, hasAttempt, refundable: refundViews ? totals.refundable : null }),
    environment: connection.environment,
  };
}
