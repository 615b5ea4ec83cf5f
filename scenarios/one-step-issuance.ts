import { defineScenario } from "@/lib/sandbox/scenario";

const SHARE_PRODUCT = "467e993f-317a-49fc-9ea0-bf49de7d1f76";
const ENHANCED_PRODUCT = "8a1f3b6c-2d4e-4f70-8b19-000000000004";

// Seed 001: one call creates the cardholder and the card; the two one-step errors; an
// ENHANCED-KYC product whose card waits for the cardholder's IDV (Sumsub redirect).
export default defineScenario({
  name: "one-step-issuance",
  title: "One-step issuance, incomplete requests and IDV",
  seed: "001",
  description: "Reads a product's required_fields, shows both one-step errors, issues a card with its cardholder in one call, then issues on an ENHANCED-KYC product: with a third-party KYC proof at once, and with a Sumsub redirect that waits for IDV.",
  steps: [
    {
      id: "product",
      title: "Read the product's required_fields",
      sandboxSafe: true,
      action: { kind: "api", method: "GET", path: "/v1/issuing/products", query: { page_number: 1, page_size: 10 } },
      expect: { body: { data: { $exists: true } } },
    },
    {
      id: "missing_info",
      title: "Neither cardholder_id nor cardholder_required_fields: refused",
      sandboxSafe: true,
      action: { kind: "api", method: "POST", path: "/v1/issuing/cards", body: { card_product_id: SHARE_PRODUCT, card_currency: "USD", card_limit: 500 } },
      expect: { outcome: "error", error: { code: "cardholder_missing_info", httpStatus: 400 }, guidance: true },
    },
    {
      id: "incomplete",
      title: "Incomplete cardholder_required_fields: refused with missing_fields",
      sandboxSafe: true,
      action: {
        kind: "api",
        method: "POST",
        path: "/v1/issuing/cards",
        body: { card_product_id: SHARE_PRODUCT, card_currency: "USD", card_limit: 500, cardholder_required_fields: { phone_number: "{{$phone_sg}}" } },
      },
      expect: { outcome: "error", error: { code: "cardholder_incomplete_fields" }, body: { missing_fields: { $contains: "email" } }, guidance: true },
    },
    {
      id: "one_step",
      title: "Issue card and cardholder in one call",
      sandboxSafe: true,
      action: {
        kind: "api",
        method: "POST",
        path: "/v1/issuing/cards",
        body: {
          card_product_id: SHARE_PRODUCT,
          card_currency: "USD",
          card_limit: 500,
          cardholder_required_fields: { email: "{{$email}}", first_name: "Alex", last_name: "Chen", country_code: "SG", phone_number: "{{$phone_sg}}" },
        },
      },
      expect: { body: { cardholder_id: { $exists: true }, cardholder_created: true, card_status: "PENDING", cardholder_status: "SUCCESS" } },
    },
    {
      id: "one_step_active",
      title: "The card turns ACTIVE",
      sandboxSafe: true,
      action: { kind: "api", method: "GET", path: "/v1/issuing/cards/{{one_step.card_id}}" },
      expect: { body: { card_status: "ACTIVE", "cardholder.cardholder_id": "{{one_step.cardholder_id}}" } },
      poll: { timeoutMs: 30_000 },
      webhook: { eventType: "card.create.succeeded", match: { "data.card_id": "{{one_step.card_id}}" } },
    },
    {
      id: "third_party",
      title: "ENHANCED KYC with a third-party proof: verified at once",
      sandboxSafe: true,
      action: {
        kind: "api",
        method: "POST",
        path: "/v1/issuing/cards",
        body: {
          card_product_id: ENHANCED_PRODUCT,
          card_currency: "USD",
          card_limit: 300,
          cardholder_required_fields: {
            email: "{{$email}}", first_name: "Wei", last_name: "Tan", country_code: "SG", phone_number: "{{$phone_sg}}",
            date_of_birth: "1990-05-17", nationality: "SG",
            kyc_verification: { method: "THIRD_PARTY", kyc_proof: { provider: "Onfido", reference_id: "{{$digits16}}" } },
          },
        },
      },
      expect: { body: { cardholder_status: "SUCCESS", verification_status: "VERIFIED" } },
    },
    {
      id: "sumsub",
      title: "ENHANCED KYC with a Sumsub redirect: IDV link, card waits",
      action: {
        kind: "api",
        method: "POST",
        path: "/v1/issuing/cards",
        body: {
          card_product_id: ENHANCED_PRODUCT,
          card_currency: "USD",
          card_limit: 300,
          cardholder_required_fields: {
            email: "{{$email}}", first_name: "Priya", last_name: "Nair", country_code: "SG", phone_number: "{{$phone_sg}}",
            date_of_birth: "1988-11-02", nationality: "SG", kyc_verification: { method: "SUMSUB_REDIRECT" },
          },
        },
      },
      expect: { body: { card_status: "PENDING", cardholder_status: "INCOMPLETE", verification_status: "ACTION_REQUIRED", idv_verification_url: { $exists: true } } },
    },
    {
      id: "still_pending",
      title: "Before IDV the card stays PENDING",
      action: { kind: "api", method: "GET", path: "/v1/issuing/cards/{{sumsub.card_id}}" },
      expect: { body: { card_status: "PENDING" } },
    },
    {
      id: "idv",
      title: "The cardholder passes IDV",
      action: { kind: "emulator", command: "idv", cardholderId: "{{sumsub.cardholder_id}}", result: "approve" },
    },
    {
      id: "sumsub_active",
      title: "After IDV the card turns ACTIVE",
      action: { kind: "api", method: "GET", path: "/v1/issuing/cards/{{sumsub.card_id}}" },
      expect: { body: { card_status: "ACTIVE" } },
      poll: { timeoutMs: 30_000 },
      webhook: { eventType: "card.create.succeeded", match: { "data.card_id": "{{sumsub.card_id}}" } },
    },
  ],
});
