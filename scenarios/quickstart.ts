import { defineScenario } from "@/lib/sandbox/scenario";

// Seed 000: a cardholder, a virtual card on the simulator BIN, an authorisation and its reversal.
export default defineScenario({
  name: "quickstart",
  title: "Quickstart: virtual card, authorisation and reversal",
  seed: "000",
  description: "Creates a cardholder and a virtual VISA card on BIN 40963608, waits for it to turn ACTIVE, then simulates an authorisation and reverses it.",
  steps: [
    {
      id: "cardholder",
      title: "Create a cardholder",
      sandboxSafe: true,
      action: {
        kind: "api",
        method: "POST",
        path: "/v1/issuing/cardholders",
        body: { first_name: "Alex", last_name: "Chen", email: "{{$email}}", country_code: "SG", phone_number: "{{$phone_sg}}" },
      },
      expect: { body: { cardholder_id: { $exists: true }, cardholder_status: "SUCCESS" } },
    },
    {
      id: "products",
      title: "Find the simulator-capable product",
      sandboxSafe: true,
      action: { kind: "api", method: "GET", path: "/v1/issuing/products", query: { page_number: 1, page_size: 10 } },
      expect: { body: { data: { $exists: true } } },
    },
    {
      id: "issue",
      title: "Issue a virtual card (USD, limit 1000)",
      sandboxSafe: true,
      action: {
        kind: "api",
        method: "POST",
        path: "/v1/issuing/cards",
        body: { cardholder_id: "{{cardholder.cardholder_id}}", card_product_id: "467e993f-317a-49fc-9ea0-bf49de7d1f76", card_currency: "USD", card_limit: 1000 },
      },
      expect: { body: { card_id: { $exists: true }, card_status: "PENDING", order_status: "PROCESSING" } },
    },
    {
      id: "active",
      title: "The card turns ACTIVE (card.create.succeeded)",
      sandboxSafe: true,
      action: { kind: "api", method: "GET", path: "/v1/issuing/cards", query: { cardholder_id: "{{cardholder.cardholder_id}}", page_number: 1, page_size: 10 } },
      expect: { body: { total_items: 1, "data.0.card_id": "{{issue.card_id}}", "data.0.card_status": "ACTIVE", "data.0.available_balance": "1000.00" } },
      poll: { timeoutMs: 30_000 },
      webhook: { eventType: "card.create.succeeded", match: { "data.card_id": "{{issue.card_id}}" } },
    },
    {
      id: "authorize",
      title: "Simulate an authorisation of 25.50 USD",
      sandboxSafe: true,
      action: {
        kind: "api",
        method: "POST",
        path: "/v1/simulation/issuing/authorization",
        body: { card_id: "{{issue.card_id}}", transaction_amount: 25.5, transaction_currency: "USD", merchant_name: "Sandbox Coffee", merchant_category_code: "5734" },
      },
      expect: { body: { transaction_id: { $exists: true }, transaction_status: "APPROVED" } },
      webhook: { eventType: "issuing.transaction.authorization", match: { "data.card_id": "{{issue.card_id}}" } },
    },
    {
      id: "spent",
      title: "The available balance drops by 25.50",
      sandboxSafe: true,
      action: { kind: "api", method: "GET", path: "/v1/issuing/cards/{{issue.card_id}}" },
      expect: { body: { available_balance: "974.50" } },
    },
    {
      id: "reverse",
      title: "Reverse the authorisation",
      sandboxSafe: true,
      action: { kind: "api", method: "POST", path: "/v1/simulation/issuing/reversal", body: { transaction_id: "{{authorize.transaction_id}}" } },
      expect: { body: { transaction_status: "APPROVED" } },
      webhook: { eventType: "issuing.transaction.reversal", match: { "data.card_id": "{{issue.card_id}}" } },
    },
    {
      id: "restored",
      title: "The available balance is back to 1000.00",
      sandboxSafe: true,
      action: { kind: "api", method: "GET", path: "/v1/issuing/cards/{{issue.card_id}}" },
      expect: { body: { card_status: "ACTIVE", available_balance: "1000.00" } },
    },
  ],
});
