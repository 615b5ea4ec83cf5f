// Global Acquiring: every choice where UQPAY's sources disagree or say nothing, in one place.
// README.md ("Conflicts resolved") explains each one; a later sandbox capture changes one line.

/**
 * REST amounts. Seed 003's success example answers `"amount": 8.98` (a JSON number) while
 * api-reference 1.4 reads strings ("103") off the Go SDK. DESIGN.md: the seed wins. Either way
 * the value is normalised (no trailing zeros: "103.00" → 103 / "103").
 */
export const ACQUIRING_REST_AMOUNTS: "number" | "string" = "number";

/** REST timestamps follow seed 003 (`2025-06-13T16:18:14+08:00`); webhooks carry milliseconds as the Go fixtures do. */
export const REST_TIME_MILLIS = false;
export const WEBHOOK_TIME_MILLIS = true;

/** api-reference 4.2: a PaymentIntent closes 30 minutes after creation → FAILED (`acquiring.payment_intent.failed`). */
export const INTENT_TTL_SECONDS = 30 * 60;
export const EXPIRED_INTENT_STATUS = "FAILED";

/** How long a PENDING attempt (test card below) stays pending on the emulated clock before it settles. */
export const PENDING_SETTLE_SECONDS = 60;

/** client_secret lifetime (api-reference 4.2: valid 60 min); informational only. */
export const CLIENT_SECRET_TTL_SECONDS = 60 * 60;

/** Ids: PI/PA + 19 digits (api-reference 1.4). Refund ids are not observed: `RF` + 19 digits, same family. */
export const ID_PREFIX = { intent: "PI", attempt: "PA", refund: "RF" } as const;

/** Query parameter the 3DS page appends to return_url (undocumented; Stripe-style, one name). */
export const RETURN_URL_INTENT_PARAM = "payment_intent_id";

/** Seed 003's 3DS `next_action.redirect_to_url.return_url` is an empty string. */
export const NEXT_ACTION_RETURN_URL = "";

/**
 * Webhook event names (webhooks.md 5). Where docs and SDKs disagree the v1.6 docs win:
 * `acquiring.cancel.succeeded` (SDKs: `acquiring.payment_intent.canceled`) and
 * `acquiring.payment_attempt.cancelled` (SDKs: `.canceled`). REQUIRES_CAPTURE has no documented
 * event, so none is sent (set a name here to send one).
 */
export const EVENTS = {
  intentCreated: "acquiring.payment_intent.created",
  intentSucceeded: "acquiring.payment_intent.succeeded",
  intentFailed: "acquiring.payment_intent.failed",
  intentRequiresAction: "acquiring.payment_intent.requires_action",
  intentRequiresCapture: null as string | null,
  intentCancelled: "acquiring.cancel.succeeded",
  attemptCreated: "acquiring.payment_attempt.created",
  attemptCaptureRequested: "acquiring.payment_attempt.capture_requested",
  attemptFailed: "acquiring.payment_attempt.failed",
  attemptCancelled: "acquiring.payment_attempt.cancelled",
  refundCreated: "acquiring.refund.created",
  refundSucceeded: "acquiring.refund.succeeded",
} as const;

/** A PI cancelled through the API is `CANCELLED` (API enum), not the `CANCELED` of one Go fixture. */
export const CANCELLED_STATUS = "CANCELLED";

/**
 * Missing or foreign `x-client-id` on `/v2` (required per api-reference 4). UQPAY's answer is not
 * documented; the emulator refuses like any other credential problem: 401 unauthorized_error.
 */
export const CLIENT_ID_ERROR_STATUS = 401;

/** Validation failures: api-reference 1.5 names `invalid_parameter` under invalid_request_error for acquiring. */
export const INVALID_PARAMETER_CODE = "invalid_parameter";

/**
 * Sandbox test data. UQPAY documents only the seed's success card; the rest are the emulator's
 * (well-known Luhn-valid test PANs), listed in README.md. Decline codes are ISO 8583 response
 * codes, the family UQPAY's issuing auth-decision docs use ("51" insufficient funds).
 */
export const TEST_CARDS = {
  success: "5346930100108117",
  declineDoNotHonour: "4000000000000002",
  declineInsufficientFunds: "4000000000009995",
  pending: "4000000000000259",
} as const;

export const DECLINES: Record<string, string> = {
  [TEST_CARDS.declineDoNotHonour]: "05",
  [TEST_CARDS.declineInsufficientFunds]: "51",
};

/** failure_code of an attempt whose 3DS challenge the customer failed, and of a declined wallet payment. */
export const THREE_DS_FAILURE_CODE = "authentication_failed";
export const WALLET_DECLINE_CODE = "wallet_payment_declined";
