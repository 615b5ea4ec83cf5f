import { CANCELLED_STATUS } from "./fidelity";
import { hookAmt, restAmt } from "./amounts";
import { hookTime, restTime } from "./format";
import { AVAILABLE_METHOD_TYPES } from "./payment-method";
import type { Attempt, Intent, Refund } from "./store";

// Wire shapes: REST objects per api-reference 4.2/4.5/4.6 and seed 003; webhook `data` per
// webhooks.md 5 and the Go SDK's captured fixtures (string amounts, null times, "" reasons).

export function attemptView(a: Attempt) {
  return {
    attempt_id: a.attempt_id,
    payment_intent_id: a.payment_intent_id,
    attempt_status: a.status,
    amount: restAmt(a.amount),
    currency: a.currency,
    captured_amount: restAmt(a.captured_amount),
    refunded_amount: restAmt(a.refunded_amount),
    payment_method: a.data.payment_method,
    failure_code: a.data.failure_code,
    auth_code: a.data.auth_code,
    arn: a.data.arn,
    rrn: a.data.rrn,
    authentication_data: a.data.authentication_data,
    cancellation_reason: a.data.cancellation_reason,
    create_time: restTime(a.created_at),
    update_time: restTime(a.updated_at),
    complete_time: restTime(a.data.complete_time),
    ...(a.data.cancel_time ? { cancel_time: restTime(a.data.cancel_time) } : {}),
  };
}

export function intentView(i: Intent, latest: Attempt | null) {
  return {
    payment_intent_id: i.payment_intent_id,
    amount: restAmt(i.amount),
    currency: i.currency,
    intent_status: i.status,
    captured_amount: restAmt(i.captured_amount),
    merchant_order_id: i.merchant_order_id,
    description: i.data.description,
    metadata: i.data.metadata,
    return_url: i.data.return_url,
    available_payment_method_types: AVAILABLE_METHOD_TYPES,
    client_secret: i.data.client_secret,
    next_action: i.data.next_action,
    cancellation_reason: i.data.cancellation_reason,
    // api-reference 4.2: cancel_time is present only on CANCELLED intents.
    ...(i.status === CANCELLED_STATUS ? { cancel_time: restTime(i.data.cancel_time) } : {}),
    ...(i.data.customer_id ? { customer_id: i.data.customer_id } : {}),
    ...(i.data.payment_orders ? { payment_orders: i.data.payment_orders } : {}),
    create_time: restTime(i.created_at),
    update_time: restTime(i.updated_at),
    complete_time: restTime(i.data.complete_time),
    latest_payment_attempt: latest ? attemptView(latest) : null,
  };
}

export function intentHook(i: Intent, latest: Attempt | null): Record<string, unknown> {
  return {
    amount: hookAmt(i.amount),
    cancel_time: hookTime(i.data.cancel_time),
    cancellation_reason: i.data.cancellation_reason,
    complete_time: hookTime(i.data.complete_time),
    create_time: hookTime(i.created_at),
    currency: i.currency,
    description: i.data.description,
    intent_status: i.status,
    merchant_order_id: i.merchant_order_id,
    metadata: i.data.metadata,
    payment_intent_id: i.payment_intent_id,
    payment_method: latest?.data.payment_method ?? null,
  };
}

export function attemptHook(a: Attempt, merchantOrderId: string): Record<string, unknown> {
  return {
    amount: hookAmt(a.amount),
    attempt_status: a.status,
    cancel_time: hookTime(a.data.cancel_time),
    cancellation_reason: a.data.cancellation_reason,
    captured_amount: hookAmt(a.captured_amount),
    complete_time: hookTime(a.data.complete_time),
    create_time: hookTime(a.created_at),
    currency: a.currency,
    failure_code: a.data.failure_code,
    merchant_order_id: merchantOrderId,
    payment_attempt_id: a.attempt_id,
    payment_intent_id: a.payment_intent_id,
    payment_method: a.data.payment_method,
    refunded_amount: hookAmt(a.refunded_amount),
  };
}

export function refundView(r: Refund) {
  return {
    payment_refund_id: r.payment_refund_id,
    payment_intent_id: r.payment_intent_id,
    payment_attempt_id: r.payment_attempt_id,
    amount: restAmt(r.amount),
    currency: r.currency,
    refund_status: r.status,
    reason: r.data.reason,
    metadata: r.data.metadata,
    create_time: restTime(r.created_at),
    update_time: restTime(r.updated_at),
    complete_time: restTime(r.data.complete_time),
  };
}

export function refundHook(r: Refund): Record<string, unknown> {
  return {
    payment_refund_id: r.payment_refund_id,
    payment_intent_id: r.payment_intent_id,
    payment_attempt_id: r.payment_attempt_id,
    amount: hookAmt(r.amount),
    currency: r.currency,
    refund_status: r.status,
    reason: r.data.reason,
    metadata: r.data.metadata,
    create_time: hookTime(r.created_at),
    complete_time: hookTime(r.data.complete_time),
  };
}
