import { defineScenario, type ScenarioStepInput } from "@/lib/sandbox/scenario";

// Seed 003: payment intents through the Direct API — a direct payment, a 3DS challenge, a QR
// wallet payment, a decline then a retry with another card, a partial capture and refunds.

export const card = (number: string, extra: Record<string, unknown> = {}) => ({
  type: "card",
  card: {
    card_name: "UQPAY",
    card_number: number,
    expiry_month: "12",
    expiry_year: "2030",
    cvc: "811",
    network: number.startsWith("4") ? "visa" : "mastercard",
    billing: {
      first_name: "UQPAY",
      last_name: "ACQ",
      email: "acq@example.com",
      phone_number: "0524-91353515",
      address: { country_code: "SG", state: "Singapore", city: "Singapore", street: "444 Orchard Rd, Midpoint Orchard, Singapore", postcode: "924011" },
    },
    auto_capture: true,
    authorization_type: "authorization",
    three_ds_action: "skip_3ds",
    ...extra,
  },
});

const BROWSER = {
  ip_address: "203.0.113.7",
  browser_info: {
    accept_header: "text/html",
    browser: { java_enabled: false, javascript_enabled: true, user_agent: "Mozilla/5.0 (sandbox workbench)" },
    language: "en-SG",
    screen_color_depth: 24,
    screen_height: 900,
    screen_width: 1440,
    timezone: "-480",
  },
};

export const intent = (order: string, amount: string, extra: Record<string, unknown> = {}) => ({
  amount,
  currency: "SGD",
  merchant_order_id: `sandbox-{{$run}}-${order}`,
  description: `Sandbox workbench: ${order}`,
  metadata: {},
  return_url: "https://example.com/callback",
  ...extra,
});

const create = (id: string, title: string, body: Record<string, unknown>, expect: Record<string, unknown>, sandboxSafe = true): ScenarioStepInput => ({
  id,
  title,
  sandboxSafe,
  action: { kind: "api", method: "POST", path: "/v2/payment_intents/create", body },
  expect: { body: expect },
});

export default defineScenario({
  name: "payment-intents",
  title: "Payment intents: direct, 3DS, QR, decline and retry, capture, refunds",
  seed: "003",
  description: "Runs seed 003's payment flows against the acquiring API, with the customer's 3DS challenge and QR scan done on the emulator's hosted pages.",
  steps: [
    {
      ...create("direct", "Direct payment: create with a card, succeeds at once", intent("direct", "8.98", { payment_method: card("5346930100108117") }), {
        intent_status: "SUCCEEDED",
        "latest_payment_attempt.captured_amount": "8.98",
      }),
      webhook: { eventType: "acquiring.payment_intent.succeeded", match: { source_id: "{{direct.payment_intent_id}}" } },
    },
    create("three_ds", "3DS: create without a payment method", intent("3ds", "25.00"), { intent_status: "REQUIRES_PAYMENT_METHOD" }),
    {
      id: "three_ds_confirm",
      title: "3DS: confirm with enforce_3ds, customer action required",
      sandboxSafe: true,
      action: {
        kind: "api",
        method: "POST",
        path: "/v2/payment_intents/{{three_ds.payment_intent_id}}/confirm",
        body: { payment_method: card("4111111111111111", { three_ds_action: "enforce_3ds" }), ...BROWSER },
      },
      expect: { body: { intent_status: "REQUIRES_CUSTOMER_ACTION", "next_action.type": "redirect_to_url", "next_action.redirect_to_url.url": { $exists: true } } },
      webhook: { eventType: "acquiring.payment_intent.requires_action", match: { source_id: "{{three_ds.payment_intent_id}}" } },
    },
    {
      id: "three_ds_challenge",
      title: "3DS: the customer authenticates on the challenge page",
      action: { kind: "customer", url: "{{three_ds_confirm.next_action.redirect_to_url.url}}", form: { result: "authenticate" } },
    },
    {
      id: "three_ds_paid",
      title: "3DS: the intent has succeeded",
      sandboxSafe: true,
      action: { kind: "api", method: "GET", path: "/v2/payment_intents/{{three_ds.payment_intent_id}}" },
      expect: { body: { intent_status: "SUCCEEDED" } },
      webhook: { eventType: "acquiring.payment_intent.succeeded", match: { source_id: "{{three_ds.payment_intent_id}}" } },
    },
    create("qr", "QR: pay with Alipay, a QR code to display", intent("qr", "12.00", { payment_method: { type: "alipaycn", alipaycn: { flow: "qrcode" } } }), {
      intent_status: "REQUIRES_CUSTOMER_ACTION",
      "next_action.type": "display_qr_code",
      "next_action.display_qr_code.qr_code": { $exists: true },
    }),
    {
      id: "qr_scan",
      title: "QR: the customer scans and pays",
      action: { kind: "customer", url: "{{qr.next_action.display_qr_code.qr_code}}", json: { result: "pay" } },
      expect: { body: { intent_status: "SUCCEEDED" } },
      webhook: { eventType: "acquiring.payment_intent.succeeded", match: { source_id: "{{qr.payment_intent_id}}" } },
    },
    {
      ...create("declined", "Decline: the first card is declined (05, do not honour)", intent("retry", "15.00", { payment_method: card("4000000000000002") }), {
        intent_status: "REQUIRES_PAYMENT_METHOD",
        "latest_payment_attempt.failure_code": "05",
      }),
      webhook: { eventType: "acquiring.payment_attempt.failed" },
    },
    {
      id: "retry",
      title: "Retry: confirm the same intent with another card",
      sandboxSafe: true,
      action: { kind: "api", method: "POST", path: "/v2/payment_intents/{{declined.payment_intent_id}}/confirm", body: { payment_method: card("4111111111111111") } },
      expect: { body: { intent_status: "SUCCEEDED", payment_intent_id: "{{declined.payment_intent_id}}" } },
    },
    create("authorize", "Capture later: authorise 100.00 only", intent("capture", "100.00", { payment_method: card("4111111111111111", { auto_capture: false }) }), {
      intent_status: "REQUIRES_CAPTURE",
    }),
    {
      id: "capture",
      title: "Capture 60.00 of the 100.00 authorised",
      sandboxSafe: true,
      action: { kind: "api", method: "POST", path: "/v2/payment_intents/{{authorize.payment_intent_id}}/capture", body: { amount_to_capture: "60.00" } },
      expect: { body: { intent_status: "SUCCEEDED", "latest_payment_attempt.captured_amount": "60" } },
    },
    {
      id: "refund_one",
      title: "Refund 20.00",
      sandboxSafe: true,
      action: { kind: "api", method: "POST", path: "/v2/payment/refunds", body: { payment_intent_id: "{{authorize.payment_intent_id}}", amount: "20.00", reason: "requested_by_customer" } },
      expect: { body: { payment_refund_id: { $exists: true }, refund_status: "SUCCEEDED" } },
      webhook: { eventType: "acquiring.refund.succeeded" },
    },
    {
      id: "refund_two",
      title: "Refund the remaining 40.00",
      sandboxSafe: true,
      action: { kind: "api", method: "POST", path: "/v2/payment/refunds", body: { payment_intent_id: "{{authorize.payment_intent_id}}", amount: "40.00", reason: "requested_by_customer" } },
      expect: { body: { payment_refund_id: { $exists: true }, refund_status: "SUCCEEDED" } },
    },
    {
      id: "over_refund",
      title: "A further refund exceeds what was captured",
      sandboxSafe: true,
      action: { kind: "api", method: "POST", path: "/v2/payment/refunds", body: { payment_intent_id: "{{authorize.payment_intent_id}}", amount: "1.00", reason: "requested_by_customer" } },
      expect: { outcome: "error", error: { code: "refund_amount_exceeded" } },
    },
  ],
});
