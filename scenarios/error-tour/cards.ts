import type { ScenarioStepInput } from "@/lib/sandbox/scenario";
import { authorize, card, DISABLED, fails, holder, NO_SUCH_ID, post, SHARE, SINGLE } from "./shared";

// Card errors: creation, the card endpoints, Update Card's settings, the transaction simulator,
// and a card that failed (its cardholder's identity check was rejected).

const CARDS = "/v1/issuing/cards";
const CARD = `${CARDS}/{{card.card_id}}`;
const update = (id: string, title: string, body: Record<string, unknown>, message: string) => fails(id, title, "POST", CARD, body, { message });

export const cardCreateSteps: ScenarioStepInput[] = [
  fails("product_not_found", "A disabled product", "POST", CARDS, card({ card_product_id: DISABLED }), { code: "product_not_found" }),
  fails("currency_not_allowed", "A currency the product does not issue", "POST", CARDS, card({ card_currency: "EUR" }), { code: "currency_not_allowed" }),
  fails("limit_out_of_range", "A card limit above the product's range", "POST", CARDS, card({ card_limit: 200000 }), { code: "limit_out_of_range" }),
  fails("limit_illegal", "A negative card limit (legacy envelope)", "POST", CARDS, card({ card_limit: -5 }), { message: "Card limit is illegal" }),
  fails("risk_control_not_allowed", "Allowed and blocked MCCs together", "POST", CARDS, card({ risk_controls: { allowed_mcc: ["5734"], blocked_mcc: ["7995"] } }), { code: "risk_control_not_allowed" }),
  fails("auto_cancel_trigger", "A one-time card without its cancel trigger", "POST", CARDS, card({ usage_type: "ONE_TIME" }), { code: "auto_cancel_trigger cannot be empty" }),
  fails("invalid_auto_cancel_trigger", "A one-time card with a trigger UQPAY does not know", "POST", CARDS, card({ usage_type: "ONE_TIME", auto_cancel_trigger: "ON_REFUND" }), { code: "invalid auto_cancel_trigger" }),
  fails("invalid_expiry", "An expiry date in the past", "POST", CARDS, card({ expiry_at: "2001-01-01T00:00:00+08:00" }), { code: "invalid expiry_at" }),
  post("one_time", "Setup: a one-time card (cancelled on its first authorisation)", CARDS, card({ usage_type: "ONE_TIME", auto_cancel_trigger: "ON_AUTH" })),
  // Cards that expire in two days; the clock section moves past that (emulator only).
  post("expiring", "Setup: a card that expires in two days", CARDS, card({ expiry_at: "{{$time+2d}}" }), undefined, false),
  post("expiring_single", "Setup: a prepaid card (USD 10) that expires in two days", CARDS, card({ card_product_id: SINGLE, card_limit: 10, expiry_at: "{{$time+2d}}" }), undefined, false),
];

export const cardSteps: ScenarioStepInput[] = [
  fails("card_not_found", "An unknown card", "GET", `${CARDS}/${NO_SUCH_ID}`, undefined, { code: "card_not_found" }),
  fails("cardholder_filter", "Cards of an unknown cardholder", "GET", `${CARDS}?cardholder_id=${NO_SUCH_ID}`, undefined, { message: "Cardholder not found or deactivated" }),
  fails("order_not_found", "An unknown card order", "GET", `${CARDS}/${NO_SUCH_ID}/order`, undefined, { message: "Card order is not exists" }),
  fails("status_invalid", "Activating a card that is already ACTIVE", "POST", `${CARD}/status`, { card_status: "ACTIVE" }, { message: "Card status is invalid" }),
  // Not sandbox-safe: were the real sandbox to take 101 characters, the card would be frozen.
  fails("update_reason_too_long", "Freezing with a 101-character reason", "POST", `${CARD}/status`, { card_status: "FROZEN", update_reason: "r".repeat(101) }, { message: "Update reason is too long" }, false),
  fails("share_recharge", "Recharging a SHARE card", "POST", `${CARD}/recharge`, { amount: 10 }, { message: "The card currently does not support recharge" }),
  fails("share_withdraw", "Withdrawing from a SHARE card", "POST", `${CARD}/withdraw`, { amount: 10 }, { message: "Card withdraw not support" }),
  update("update_limit_zero", "Update: a card limit of 0", { card_limit: 0 }, "Failed Update. Card Limit should be greater than 0"),
  update("update_limit_decimals", "Update: a card limit with three decimals", { card_limit: 10.005 }, "Card limit is illegal"),
  update("update_limit_above_max", "Update: a card limit above the product's maximum", { card_limit: 100001 }, "Restrict config error"),
  post("spend", "Setup: the card spends 5.00 (simulated authorisation)", "/v1/simulation/issuing/authorization", authorize({}), { transaction_status: "APPROVED" }),
  update("update_limit_below_used", "Update: a card limit below what the card has spent", { card_limit: 1 }, "Update card limit is less than the amount of used card"),
  update("spending_controls", "Update: a spending control with an unknown interval", { spending_controls: [{ amount: 10, interval: "HOURLY" }] }, "Spending controls is error"),
  update("per_transaction_zero", "Update: a per-transaction limit of 0", { spending_controls: [{ amount: 0, interval: "PER_TRANSACTION" }] }, "Failed Update. Your transaction limit should be greater than 0"),
  update("per_transaction_above_limit", "Update: a per-transaction limit above the card limit", { spending_controls: [{ amount: 500, interval: "PER_TRANSACTION" }] }, "Failed Update. Card Limit should be greater than Per transaction"),
  update("risk_controls_conflict", "Update: allowed and blocked MCCs together", { risk_controls: { allowed_mcc: ["5734"], blocked_mcc: ["7995"] } }, "risk control setting is not allowed"),
  update("metadata_invalid", "Update: metadata with a number value", { metadata: { tier: 1 } }, "Metadata is invalid"),
  update("no_pin_negative", "Update: a negative no-PIN amount", { no_pin_payment_amount: -1 }, "no pin payment amount failed."),
  update("no_pin_too_high", "Update: a no-PIN amount above the currency's cap", { no_pin_payment_amount: 6000 }, "invalid no pin payment amount for the current currency."),
  fails("one_time_update", "Update: changing a one-time card", "POST", `${CARDS}/{{one_time.card_id}}`, { card_limit: 50 }, { message: "This operation cannot be performed on One-Time Card." }),
  fails("mcc_error", "Simulating with another MCC", "POST", "/v1/simulation/issuing/authorization", authorize({ merchant_category_code: "5411" }), { message: "MCC is error" }),
  fails("authorize_error", "Simulating in another currency than the card's", "POST", "/v1/simulation/issuing/authorization", authorize({ transaction_currency: "SGD" }), { message: "Card authorize transaction is error" }),
  fails("card_does_not_exist", "Simulating on an unknown card", "POST", "/v1/simulation/issuing/authorization", authorize({ card_id: NO_SUCH_ID }), { message: "Card does not exists" }),
  fails("reversal_error", "Reversing an unknown transaction", "POST", "/v1/simulation/issuing/reversal", { transaction_id: NO_SUCH_ID }, { message: "Card reversal transaction is error" }),
];

// The identity check is completed by the emulator's IDV control, so this section is emulator-only.
const FAILED = `${CARDS}/{{idv_card.card_id}}`;
export const failedCardSteps: ScenarioStepInput[] = [
  post("idv_holder", "Setup: a cardholder sent to Sumsub identity verification", "/v1/issuing/cardholders", holder({ kyc_verification: { method: "SUMSUB_REDIRECT" } }), { cardholder_status: "INCOMPLETE" }, false),
  post("idv_card", "Setup: a card waiting for that verification", CARDS, card({ cardholder_id: "{{idv_holder.cardholder_id}}", card_product_id: SHARE }), undefined, false),
  { id: "idv_reject", title: "Emulator: the identity check is rejected, so the card fails", action: { kind: "emulator", command: "idv", cardholderId: "{{idv_holder.cardholder_id}}", result: "reject" } },
  { ...fails("card_failed", "Reading a card that failed", "GET", FAILED, undefined, { message: "The card is failed." }, false), poll: { timeoutMs: 15_000 } },
  fails("cancel_failed", "Cancelling a card that failed", "POST", `${FAILED}/status`, { card_status: "CANCELLED" }, { message: "The card currently does not support cancel" }, false),
  fails("status_not_supported", "The secure details of a card that failed", "GET", `${FAILED}/secure`, undefined, { code: "status_not_supported" }, false),
  fails("card_not_active", "Updating a card that failed", "POST", FAILED, { card_limit: 50 }, { message: "The card is not active." }, false),
];

