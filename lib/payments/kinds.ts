// Plain lists the payment forms render (their options) without importing zod (issue #11);
// lib/schemas/payments builds its enums from them and re-exports them.
export const INTENT_STATUS_FILTERS = [
  "REQUIRES_PAYMENT_METHOD", "REQUIRES_CUSTOMER_ACTION", "REQUIRES_CAPTURE", "PENDING", "SUCCEEDED", "CANCELLED", "FAILED",
] as const;
export const CANCELLATION_REASONS = ["requested_by_customer", "duplicate", "fraudulent", "abandoned"] as const;
export const CARD_NETWORKS = ["mastercard", "visa", "unionpay", "amex", "jcb"] as const;
export const PAYMENT_METHOD_KINDS = ["card", "alipaycn_qrcode", "alipaycn_payment_code"] as const;
export const CREATE_METHOD_KINDS = ["none", ...PAYMENT_METHOD_KINDS] as const;
