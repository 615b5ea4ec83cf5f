import "server-only";
import { z } from "zod";
import { metadata, openEnum, optionalAmount, page, text, timestamp } from "./common";

export const INTENT_STATUSES = [
  "REQUIRES_PAYMENT_METHOD", "REQUIRES_CUSTOMER_ACTION", "REQUIRES_CAPTURE", "PENDING", "SUCCEEDED", "CANCELLED", "FAILED",
] as const;
export const ATTEMPT_STATUSES = [
  "INITIATED", "AUTHENTICATION_REDIRECTED", "PENDING_AUTHORIZATION", "AUTHORIZED", "CAPTURE_REQUESTED", "SETTLED",
  "SUCCEEDED", "CANCELLED", "EXPIRED", "FAILED",
] as const;
export const REFUND_STATUSES = [
  "INITIATED", "PROCESSING", "SUCCEEDED", "FAILED", "REVERSAL_INITIATED", "REVERSAL_PROCESSING", "REVERSAL_SUCCEEDED",
] as const;
export const CANCELLATION_REASONS = ["duplicate", "fraudulent", "requested_by_customer", "abandoned"] as const;

export const paymentAttempt = z.looseObject({
  // List/retrieve call it attempt_id; webhooks call it payment_attempt_id.
  attempt_id: text,
  payment_attempt_id: text,
  amount: optionalAmount,
  currency: text,
  captured_amount: optionalAmount,
  refunded_amount: optionalAmount,
  attempt_status: openEnum(ATTEMPT_STATUSES).nullish(),
  auth_code: text,
  arn: text,
  rrn: text,
  advice_code: text,
  failure_code: text,
  cancellation_reason: text,
  payment_method: z.looseObject({ type: text }).nullish(),
  authentication_data: z.looseObject({}).nullish(),
  create_time: timestamp,
  update_time: timestamp,
  complete_time: timestamp,
});
export const paymentAttemptPage = page(paymentAttempt);

const nextAction = z.looseObject({
  type: text,
  redirect_to_url: z.looseObject({ url: text, return_url: text }).nullish(),
  redirect_iframe: z.looseObject({ iframe: text }).nullish(),
  display_qr_code: z.looseObject({ qr_code: text, qr_code_url: text, expires_at: timestamp }).nullish(),
});

export const paymentIntent = z.looseObject({
  payment_intent_id: z.string(),
  amount: optionalAmount,
  currency: text,
  intent_status: openEnum(INTENT_STATUSES).nullish(),
  captured_amount: optionalAmount,
  description: text,
  merchant_order_id: text,
  return_url: text,
  client_secret: text,
  available_payment_method_types: z.array(z.string()).nullish(),
  cancellation_reason: text,
  cancel_time: timestamp,
  metadata: metadata.optional(),
  next_action: nextAction.nullish(),
  latest_payment_attempt: paymentAttempt.nullish(),
  customer_id: text,
  create_time: timestamp,
  update_time: timestamp,
  complete_time: timestamp,
});
export const paymentIntentPage = page(paymentIntent);

export const refund = z.looseObject({
  payment_refund_id: z.string(),
  payment_intent_id: text,
  payment_attempt_id: text,
  amount: optionalAmount,
  currency: text,
  refund_status: openEnum(REFUND_STATUSES).nullish(),
  reason: text,
  metadata: metadata.optional(),
  create_time: timestamp,
  update_time: timestamp,
  complete_time: timestamp,
});
export const refundPage = page(refund);

export type PaymentIntent = z.output<typeof paymentIntent>;
export type PaymentAttempt = z.output<typeof paymentAttempt>;
export type Refund = z.output<typeof refund>;
export type IntentStatus = (typeof INTENT_STATUSES)[number];
export type CancellationReason = (typeof CANCELLATION_REASONS)[number];
