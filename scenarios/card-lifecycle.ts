import { defineScenario } from "@/lib/sandbox/scenario";

const THIRTY_DAYS = 30 * 24 * 60 * 60;

// Seed 002: ACTIVE → FROZEN (authorisations declined) → ACTIVE → PRE_CANCEL → (30 days) CANCELLED,
// with every card.status.update.succeeded webhook checked in the order UQPAY sends them. The status
// changes are console steps: they go through the operations ledger as the card page's buttons do.
export default defineScenario({
  name: "card-lifecycle",
  title: "Card lifecycle: freeze, unfreeze, cancel, 30 days later cancelled",
  seed: "002",
  description: "Issues a SINGLE (prepaid) card, freezes it (an authorisation is declined), unfreezes it, cancels it into PRE_CANCEL, advances the emulator's clock 30 days to CANCELLED (the balance goes back to the issuing account) and checks the webhook order.",
  steps: [
    {
      id: "cardholder",
      title: "Create a cardholder",
      sandboxSafe: true,
      action: {
        kind: "api",
        method: "POST",
        path: "/v1/issuing/cardholders",
        body: { first_name: "Maria", last_name: "Garcia", email: "{{$email}}", country_code: "SG", phone_number: "{{$phone_sg}}" },
      },
      expect: { body: { cardholder_status: "SUCCESS" } },
    },
    {
      id: "issue",
      title: "Issue a SINGLE card funded with 300 USD",
      sandboxSafe: true,
      action: {
        kind: "api",
        method: "POST",
        path: "/v1/issuing/cards",
        body: { cardholder_id: "{{cardholder.cardholder_id}}", card_product_id: "8a1f3b6c-2d4e-4f70-8b19-000000000002", card_currency: "USD", card_limit: 300 },
      },
      expect: { body: { card_status: "PENDING" } },
    },
    {
      id: "active",
      title: "The card is ACTIVE",
      sandboxSafe: true,
      action: { kind: "api", method: "GET", path: "/v1/issuing/cards/{{issue.card_id}}" },
      expect: { body: { card_status: "ACTIVE", available_balance: "300.00" } },
      poll: { timeoutMs: 30_000 },
      webhook: { eventType: "card.create.succeeded", match: { "data.card_id": "{{issue.card_id}}" } },
    },
    {
      id: "freeze",
      title: "Freeze the card from the console",
      sandboxSafe: true,
      action: { kind: "console", operation: "card.freeze", cardId: "{{issue.card_id}}", reason: "Lost wallet" },
      expect: { body: { "card.status": "FROZEN", "operation.replayed": false, "operation.idempotency_key": { $exists: true } } },
      webhook: { eventType: "card.status.update.succeeded", match: { "data.card_id": "{{issue.card_id}}", "data.card_status": "FROZEN" } },
    },
    {
      id: "declined",
      title: "An authorisation on the frozen card is declined",
      sandboxSafe: true,
      action: {
        kind: "api",
        method: "POST",
        path: "/v1/simulation/issuing/authorization",
        body: { card_id: "{{issue.card_id}}", transaction_amount: 10, transaction_currency: "USD", merchant_name: "Frozen Shop", merchant_category_code: "5734" },
      },
      expect: { body: { transaction_status: "DECLINED", failure_reason: { $regex: "not active" } } },
    },
    {
      id: "unfreeze",
      title: "Unfreeze the card from the console",
      sandboxSafe: true,
      action: { kind: "console", operation: "card.unfreeze", cardId: "{{issue.card_id}}" },
      expect: { body: { "card.status": "ACTIVE" } },
      webhook: { eventType: "card.status.update.succeeded", match: { "data.card_id": "{{issue.card_id}}", "data.card_status": "ACTIVE" } },
    },
    {
      id: "cancel",
      title: "Cancel the card from the console: PRE_CANCEL at once",
      action: { kind: "console", operation: "card.cancel", cardId: "{{issue.card_id}}" },
      expect: { body: { "card.status": "PRE_CANCEL" } },
      webhook: { eventType: "card.status.update.succeeded", match: { "data.card_id": "{{issue.card_id}}", "data.card_status": "PRE_CANCEL" } },
    },
    {
      id: "pre_cancel",
      title: "The card is PRE_CANCEL",
      action: { kind: "api", method: "GET", path: "/v1/issuing/cards/{{issue.card_id}}" },
      expect: { body: { card_status: "PRE_CANCEL" } },
    },
    {
      id: "advance",
      title: "Advance the emulator's clock 30 days",
      action: { kind: "emulator", command: "advance_clock", seconds: THIRTY_DAYS + 60 },
    },
    {
      id: "cancelled",
      title: "The card is CANCELLED",
      action: { kind: "api", method: "GET", path: "/v1/issuing/cards/{{issue.card_id}}" },
      expect: { body: { card_status: "CANCELLED" } },
      poll: { timeoutMs: 15_000 },
      webhook: { eventType: "card.status.update.succeeded", match: { "data.card_id": "{{issue.card_id}}", "data.card_status": "CANCELLED" } },
    },
    {
      id: "webhook_order",
      title: "Status webhooks arrived in order",
      action: { kind: "api", method: "GET", path: "/v1/issuing/cards/{{issue.card_id}}" },
      webhookOrder: {
        eventType: "card.status.update.succeeded",
        match: { "data.card_id": "{{issue.card_id}}" },
        field: "data.card_status",
        values: ["FROZEN", "ACTIVE", "PRE_CANCEL", "CANCELLED"],
      },
    },
  ],
});
