// Every place where UQPAY's sources disagree is settled here, in one named constant, so a
// later finding (e.g. a sandbox capture) changes one line. README.md explains each choice.

/** Issuing REST amounts: the Go SDK (run against the sandbox) and seed 000 see strings like "1000.00". */
export const AMOUNTS_AS_STRINGS = true;

/** REST amounts keep two decimals ("1000.00", seed 000); webhook amounts drop trailing zeros ("988.5"). */
export const REST_AMOUNT_DECIMALS = 2;

/** Seed 000 shows `40963608****1764` in a REST list; api-reference 1.4 shows 12 stars. The seed wins. */
export const REST_PAN_MASK: "bin8" | "stars12" = "bin8";

/** Seed 000 shows cardholder.create_time as ISO +08:00 inside a card; api-reference shows "YYYY-MM-DD HH:MM:SS". */
export const CARDHOLDER_CREATE_TIME_STYLE: "iso" | "space" = "iso";

/** Card create answers PENDING/PROCESSING, then turns ACTIVE asynchronously (seed 000, 001). */
export const CREATE_CARD_STATUS = "PENDING";
export const CREATE_ORDER_STATUS = "PROCESSING";

/** Update-status answers order_status PENDING (seed 002) although the order completes at once. */
export const STATUS_ORDER_STATUS = "PENDING";

/** order_type spelling: the enum in the docs (CARD_CREATE, ...) rather than the example "CREATE_CARD". */
export const ORDER_TYPES = {
  create: "CARD_CREATE",
  recharge: "CARD_RECHARGE",
  withdraw: "CARD_WITHDRAW",
  update: "CARD_UPDATE",
  status: "CARD_UPDATE",
} as const;

/** The older funding guide says SHARE cards cannot be recharged or withdrawn; a SHARE card has no own funds. */
export const SHARE_RECHARGE_ALLOWED = false;

/** PRE_CANCEL → CANCELLED waiting period (seed 002: 30 days). */
export const CANCEL_WAIT_SECONDS = 30 * 24 * 3600;

/** Access token lifetime and whether a new token revokes older ones (issuing allows several live tokens). */
export const TOKEN_TTL_SECONDS = 30 * 60;
export const NEW_TOKEN_REVOKES_OLD = false;

/** Idempotency: 24 h replay window; a different body under the same key replays the first answer. */
export const IDEMPOTENCY_TTL_SECONDS = 24 * 3600;
export const IDEMPOTENCY_BODY_MISMATCH = "replay" as const;

/**
 * Retrieve-balance is a POST used as a read; clients that only send keys on writes (CLI) omit the
 * key there, so the emulator does not require one on that route.
 */
export const KEY_OPTIONAL_POSTS = ["/v1/issuing/balances"];

/** Auth failures on protected routes use envelope A (seed 004) rather than the SDKs' `{error}` body. */
export const AUTH_ERROR_ENVELOPE: "A" | "error" = "A";

/** Webhook `x-wk-timestamp` unit: seconds (docs example) — every SDK verifier accepts it. */
export const WEBHOOK_TIMESTAMP_UNIT: "s" | "ms" = "s";
export const WEBHOOK_VERSION = "V1.6.0";

/** The one BIN and MCC the sandbox simulator accepts (seed 000, testing-in-sandbox). */
export const SIMULATOR_BIN = "40963608";
export const SIMULATOR_MCC = "5734";

/** Timestamps are rendered in UQPAY's zone. */
export const UQPAY_UTC_OFFSET_MINUTES = 8 * 60;

/** Seed 004: sensitive-details and PAN-token calls are rate limited per card (429, envelope B). */
export const PER_CARD_SENSITIVE_LIMIT = { max: 10, windowSeconds: 10 };
