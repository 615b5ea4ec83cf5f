import { defineScenario, type ScenarioStepInput } from "@/lib/sandbox/scenario";

// Seed 004: a tour of UQPAY's errors as the emulator produces them, each with the console's
// guidance (explanation and next step) shown beside UQPAY's own answer. Acquiring's not-found
// codes are the emulator's own names (UQPAY documents none), so only a general guidance exists.

const SHARE = "467e993f-317a-49fc-9ea0-bf49de7d1f76";
const ENHANCED = "8a1f3b6c-2d4e-4f70-8b19-000000000004";
const DISABLED = "8a1f3b6c-2d4e-4f70-8b19-000000000006";
const NO_SUCH_ID = "00000000-0000-4000-8000-000000000000";
const ACCOUNT = "5f0c7a2e-8b1d-4c3e-9a6f-000000000001";
const DEFAULT_SETTINGS = { secure_details_allowed: true, cardholder_card_quota: 20, active: true, blocked_products: [], exhausted_bins: [] };
// A 1x1 PNG: real file content for the identity-document checks.
const PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

type Expected = { code?: string; message?: string; type?: string; httpStatus?: number };

const holder = (extra: Record<string, unknown> = {}) => ({
  first_name: "Omar", last_name: "Haddad", email: "{{$email}}", country_code: "SG", phone_number: "{{$phone_sg}}", ...extra,
});

function fails(id: string, title: string, method: "GET" | "POST", path: string, body: unknown, error: Expected, sandboxSafe = true, guidance = true): ScenarioStepInput {
  return {
    id,
    title,
    sandboxSafe,
    action: { kind: "api", method, path, ...(body === undefined ? {} : { body }) },
    expect: { outcome: "error", error, guidance },
  };
}

const passport = (number: string) => ({ date_of_birth: "1990-01-01", identity: { type: "PASSPORT", number, front_file: PNG } });
const settings = (id: string, title: string, patch: Record<string, unknown>): ScenarioStepInput => ({
  id,
  title,
  action: { kind: "emulator", command: "account_settings", accountId: ACCOUNT, settings: patch },
});

const card = (extra: Record<string, unknown>) => ({ cardholder_id: "{{cardholder.cardholder_id}}", card_product_id: SHARE, card_currency: "USD", card_limit: 100, ...extra });
const authorize = (extra: Record<string, unknown>) => ({
  card_id: "{{card.card_id}}", transaction_amount: 5, transaction_currency: "USD", merchant_name: "Error Tour", merchant_category_code: "5734", ...extra,
});

export default defineScenario({
  name: "error-tour",
  title: "Error tour: each UQPAY error and the console's guidance",
  seed: "004",
  description: "Sets up a cardholder and an ACTIVE card, then triggers UQPAY's errors one by one — validation, cardholder and KYC, card, product, account settings, balance, simulator, idempotency, acquiring, 5xx and 429 — and shows the console's guidance for each.",
  steps: [
    { id: "cardholder", title: "Setup: a cardholder", sandboxSafe: true, action: { kind: "api", method: "POST", path: "/v1/issuing/cardholders", body: holder() } },
    { id: "card", title: "Setup: a card on the simulator BIN", sandboxSafe: true, action: { kind: "api", method: "POST", path: "/v1/issuing/cards", body: card({}) } },
    {
      id: "card_active",
      title: "Setup: the card is ACTIVE",
      sandboxSafe: true,
      action: { kind: "api", method: "GET", path: "/v1/issuing/cards/{{card.card_id}}" },
      expect: { body: { card_status: "ACTIVE" } },
      poll: { timeoutMs: 30_000 },
    },
    fails("missing_field", "A required field is missing", "POST", "/v1/issuing/cardholders", { first_name: "Omar", last_name: "Haddad", country_code: "SG", phone_number: "{{$phone_sg}}" }, { type: "invalid_request_error" }),
    fails("email_duplicated", "The email is already used", "POST", "/v1/issuing/cardholders", holder({ email: "{{cardholder.$request.body.email}}" }), { code: "email_duplicated" }),
    fails("invalid_first_name", "Digits in a first name", "POST", "/v1/issuing/cardholders", holder({ first_name: "Omar2" }), { code: "invalid_first_name" }),
    fails("invalid_phone_number", "A Singapore phone number of the wrong shape", "POST", "/v1/issuing/cardholders", holder({ phone_number: "61234567" }), { code: "invalid_phone_number" }),
    fails("invalid_date_of_birth", "A cardholder under 18", "POST", "/v1/issuing/cardholders", holder({ date_of_birth: "2020-01-01" }), { code: "invalid_date_of_birth" }),
    fails("invalid_kyc_method", "An unknown KYC method", "POST", "/v1/issuing/cardholders", holder({ date_of_birth: "1990-01-01", kyc_verification: { method: "SELFIE" } }), { code: "invalid_kyc_method" }),
    fails("kyc_proof_required", "THIRD_PARTY KYC without a proof", "POST", "/v1/issuing/cardholders", holder({ date_of_birth: "1990-01-01", kyc_verification: { method: "THIRD_PARTY" } }), { code: "kyc_proof_required" }),
    fails("invalid_identity_type", "An identity document of an unknown type", "POST", "/v1/issuing/cardholders", holder({ date_of_birth: "1990-01-01", identity: { type: "DRIVING_LICENCE", number: "D1234567", front_file: PNG } }), { code: "invalid_identity_type" }),
    fails("missing_date_of_birth", "An identity document without a date of birth", "POST", "/v1/issuing/cardholders", holder({ identity: { type: "PASSPORT", number: "E1234567", front_file: PNG } }), { code: "missing_date_of_birth" }),
    fails("identity_file_missing", "An ID card without its back side", "POST", "/v1/issuing/cardholders", holder({ date_of_birth: "1990-01-01", identity: { type: "ID_CARD", number: "S1234567A", front_file: PNG } }), { code: "identity_file_missing" }),
    fails("invalid_delivery_address", "A delivery address without city and postal code", "POST", "/v1/issuing/cardholders", holder({ delivery_address: { country: "SG", line1: "1 Raffles Place" } }), { code: "invalid_delivery_address" }),
    fails("reference_id_too_short", "A KYC proof reference shorter than 10 characters", "POST", "/v1/issuing/cardholders", holder({ date_of_birth: "1990-01-01", kyc_verification: { method: "THIRD_PARTY", kyc_proof: { provider: "Onfido", reference_id: "abc" } } }), { code: "reference_id_too_short" }),
    { id: "pending_holder", title: "Setup: a cardholder whose documents are under review", sandboxSafe: true, action: { kind: "api", method: "POST", path: "/v1/issuing/cardholders", body: holder(passport("REVIEW{{$letters}}")) }, expect: { body: { cardholder_status: "PENDING" } } },
    fails("cardholder_kyc_pending", "A card for a cardholder still in review", "POST", "/v1/issuing/cards", card({ cardholder_id: "{{pending_holder.cardholder_id}}" }), { code: "cardholder_kyc_pending" }),
    { id: "failed_holder", title: "Setup: a cardholder whose KYC failed", sandboxSafe: true, action: { kind: "api", method: "POST", path: "/v1/issuing/cardholders", body: holder(passport("REJECT{{$letters}}")) }, expect: { body: { cardholder_status: "FAILED" } } },
    fails("cardholder_kyc_failed", "A card for a cardholder whose KYC failed", "POST", "/v1/issuing/cards", card({ cardholder_id: "{{failed_holder.cardholder_id}}" }), { code: "cardholder_kyc_failed" }),
    fails("cardholder_missing_info", "A card with no cardholder at all", "POST", "/v1/issuing/cards", { card_product_id: SHARE, card_currency: "USD", card_limit: 10 }, { code: "cardholder_missing_info" }),
    fails("cardholder_not_found", "A card for an unknown cardholder", "POST", "/v1/issuing/cards", card({ cardholder_id: NO_SUCH_ID }), { code: "cardholder_not_found" }),
    fails("kyc_insufficient", "A SIMPLIFIED cardholder on an ENHANCED product", "POST", "/v1/issuing/cards", card({ card_product_id: ENHANCED }), { code: "kyc_insufficient" }),
    fails("product_not_found", "A disabled product", "POST", "/v1/issuing/cards", card({ card_product_id: DISABLED }), { code: "product_not_found" }),
    fails("currency_not_allowed", "A currency the product does not issue", "POST", "/v1/issuing/cards", card({ card_currency: "EUR" }), { code: "currency_not_allowed" }),
    fails("limit_out_of_range", "A card limit above the product's range", "POST", "/v1/issuing/cards", card({ card_limit: 200000 }), { code: "limit_out_of_range" }),
    fails("limit_illegal", "A negative card limit (legacy envelope)", "POST", "/v1/issuing/cards", card({ card_limit: -5 }), { message: "Card limit is illegal" }),
    fails("risk_control_not_allowed", "Allowed and blocked MCCs together", "POST", "/v1/issuing/cards", card({ risk_controls: { allowed_mcc: ["5734"], blocked_mcc: ["7995"] } }), { code: "risk_control_not_allowed" }),
    fails("auto_cancel_trigger", "A one-time card without its cancel trigger", "POST", "/v1/issuing/cards", card({ usage_type: "ONE_TIME" }), { code: "auto_cancel_trigger cannot be empty" }),
    fails("invalid_expiry", "An expiry date in the past", "POST", "/v1/issuing/cards", card({ expiry_at: "2001-01-01T00:00:00+08:00" }), { code: "invalid expiry_at" }),
    fails("card_not_found", "An unknown card", "GET", `/v1/issuing/cards/${NO_SUCH_ID}`, undefined, { code: "card_not_found" }),
    fails("status_invalid", "Activating a card that is already ACTIVE", "POST", "/v1/issuing/cards/{{card.card_id}}/status", { card_status: "ACTIVE" }, { message: "Card status is invalid" }),
    fails("share_recharge", "Recharging a SHARE card", "POST", "/v1/issuing/cards/{{card.card_id}}/recharge", { amount: 10 }, { message: "The card currently does not support recharge" }),
    fails("share_withdraw", "Withdrawing from a SHARE card", "POST", "/v1/issuing/cards/{{card.card_id}}/withdraw", { amount: 10 }, { message: "Card withdraw not support" }),
    fails("mcc_error", "Simulating with another MCC", "POST", "/v1/simulation/issuing/authorization", authorize({ merchant_category_code: "5411" }), { message: "MCC is error" }),
    fails("card_does_not_exist", "Simulating on an unknown card", "POST", "/v1/simulation/issuing/authorization", authorize({ card_id: NO_SUCH_ID }), { message: "Card does not exists" }),
    fails("reversal_error", "Reversing an unknown transaction", "POST", "/v1/simulation/issuing/reversal", { transaction_id: NO_SUCH_ID }, { message: "Card reversal transaction is error" }),
    fails("balance_currency", "The balance of a currency the account does not hold", "POST", "/v1/issuing/balances", { currency: "JPY" }, { code: "account_balance_error" }),
    fails("transaction_not_found", "An unknown card transaction", "GET", `/v1/issuing/transactions/${NO_SUCH_ID}`, undefined, { type: "invalid_request_error" }),
    {
      id: "key_mismatch_api",
      title: "An idempotency key reused on another endpoint",
      sandboxSafe: true,
      action: { kind: "api", method: "POST", path: "/v1/issuing/cards", body: card({}), idempotencyKey: "{{cardholder.$key}}" },
      expect: { outcome: "error", error: { code: "key_mismatch_api" }, guidance: true },
    },
    fails("page_size", "A page size below 10", "GET", "/v1/issuing/cards?page_size=5&page_number=1", undefined, { type: "invalid_request_error" }),
    {
      id: "invalid_key_format",
      title: "An idempotency key longer than 255 characters",
      sandboxSafe: true,
      action: { kind: "api", method: "POST", path: "/v1/issuing/cardholders", body: holder(), idempotencyKey: "k".repeat(300) },
      expect: { outcome: "error", error: { code: "invalid_key_format" }, guidance: true },
    },
    settings("block_product", "Emulator: the account may not issue on the simulator product", { blocked_products: [SHARE] }),
    fails("operation_not_authorized", "A card on a product the account is not allowed", "POST", "/v1/issuing/cards", card({}), { code: "operation_not_authorized" }, false),
    settings("exhaust_bin", "Emulator: the product's BIN range is used up", { blocked_products: [], exhausted_bins: ["40963608"] }),
    fails("insufficient_sub_bin", "A card when the BIN range is used up", "POST", "/v1/issuing/cards", card({}), { code: "insufficient_sub_bin" }, false),
    settings("holder_quota", "Emulator: one card per cardholder", { exhausted_bins: [], cardholder_card_quota: 1 }),
    fails("cardholder_quota_exceeded", "A second card for the same cardholder", "POST", "/v1/issuing/cards", card({}), { code: "cardholder_quota_exceeded" }, false),
    settings("no_secure_details", "Emulator: the account may not read card details", { cardholder_card_quota: 20, secure_details_allowed: false }),
    fails("secure_forbidden", "Reading a card's secure details without the permission", "GET", "/v1/issuing/cards/{{card.card_id}}/secure", undefined, { httpStatus: 403 }, false),
    settings("inactive_account", "Emulator: the account is deactivated", { secure_details_allowed: true, active: false }),
    fails("account_not_found", "Any call on a deactivated account", "GET", "/v1/issuing/cards/{{card.card_id}}", undefined, { code: "account_not_found" }, false),
    settings("restore_account", "Emulator: the account's settings restored", DEFAULT_SETTINGS),
    fails("acquiring_invalid_parameter", "A payment intent without an amount", "POST", "/v2/payment_intents/create", { currency: "SGD", merchant_order_id: "tour-{{$run}}", description: "tour", return_url: "https://example.com" }, { code: "invalid_parameter" }),
    fails("intent_not_found", "An unknown payment intent", "GET", "/v2/payment_intents/PI0000000000000000000", undefined, { code: "payment_intent_not_found" }, true, false),
    { id: "outage_on", title: "Emulator: every card read answers 500", action: { kind: "emulator", command: "faults", rules: [{ path: "/v1/issuing/cards/*", method: "GET", kind: "error500" }] } },
    fails("api_error", "UQPAY outage: retried with backoff, then reported", "GET", "/v1/issuing/cards/{{card.card_id}}", undefined, { code: "api_error" }, false),
    { id: "rate_limit_on", title: "Emulator: every card read answers 429", action: { kind: "emulator", command: "faults", rules: [{ path: "/v1/issuing/cards/*", method: "GET", kind: "error429" }] } },
    fails("rate_limited", "Rate limited: retried, then reported", "GET", "/v1/issuing/cards/{{card.card_id}}", undefined, { httpStatus: 429 }, false),
    { id: "faults_off", title: "Emulator: faults cleared", action: { kind: "emulator", command: "faults", rules: [] } },
  ],
});
