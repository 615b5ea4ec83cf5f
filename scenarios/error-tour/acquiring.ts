import type { ScenarioStepInput } from "@/lib/sandbox/scenario";
import { card as paymentCard, intent } from "../payment-intents";
import { fails, post, refused } from "./shared";

// Acquiring (payment intents) errors. UQPAY documents the types (payment_error, refund_error) but
// not these codes, so the console answers them with its guidance for the type (guidance: false):
// only invalid_parameter and the x-client-id refusal have an entry of their own.

const INTENT = "/v2/payment_intents/{{held.payment_intent_id}}";
const refund = (amount: string) => ({ payment_intent_id: "{{held.payment_intent_id}}", amount, reason: "requested_by_customer" });
const general = (id: string, title: string, method: "GET" | "POST", path: string, body: unknown, code: string) => fails(id, title, method, path, body, { code }, true, false);

export const acquiringSteps: ScenarioStepInput[] = [
  fails("acquiring_invalid_parameter", "A payment intent without an amount", "POST", "/v2/payment_intents/create", { currency: "SGD", merchant_order_id: "tour-{{$run}}", description: "tour", return_url: "https://example.com" }, { code: "invalid_parameter" }),
  refused("acquiring_client_id", "An x-client-id that is not the token's", { method: "GET", path: "/v2/payment_intents", headers: { "x-client-id": "another-client-{{$run}}" } }, { code: "unauthorized_error", httpStatus: 401 }),
  general("intent_not_found", "An unknown payment intent", "GET", "/v2/payment_intents/PI0000000000000000000", undefined, "payment_intent_not_found"),
  general("attempt_not_found", "An unknown payment attempt", "GET", "/v2/payment/payment_attempts/PA0000000000000000000", undefined, "payment_attempt_not_found"),
  general("refund_not_found", "An unknown refund", "GET", "/v2/payment/refunds/RF0000000000000000000", undefined, "refund_not_found"),
  post("held", "Setup: a payment of SGD 10.00 authorised, not captured", "/v2/payment_intents/create", intent("tour-held", "10.00", { payment_method: paymentCard("4111111111111111", { auto_capture: false }) }), { intent_status: "REQUIRES_CAPTURE" }),
  general("refund_not_allowed", "Refunding a payment that is not captured", "POST", "/v2/payment/refunds", refund("5.00"), "refund_not_allowed"),
  general("capture_amount_exceeded", "Capturing more than was authorised", "POST", `${INTENT}/capture`, { amount_to_capture: "20.00" }, "capture_amount_exceeded"),
  general("invalid_intent_status", "Confirming a payment that waits for capture", "POST", `${INTENT}/confirm`, { payment_method: paymentCard("4111111111111111") }, "invalid_intent_status"),
  post("capture_all", "Setup: capture the 10.00", `${INTENT}/capture`, { amount_to_capture: "10.00" }, { intent_status: "SUCCEEDED" }),
  general("refund_amount_exceeded", "Refunding more than was captured", "POST", "/v2/payment/refunds", refund("10.01"), "refund_amount_exceeded"),
];
