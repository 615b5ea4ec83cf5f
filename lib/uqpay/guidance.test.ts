import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { errorFromResponse, networkError, UqpayError } from "./errors";
import { CATALOGUED_CODES, CATALOGUED_MESSAGES, guidanceEntryForCode, guidanceEntryForMessage, guidanceFor, normalizeMessageKey } from "./guidance";

// Extracted from seed 004 (every table: common A+B, card A+B, cardholder A, balance A, transaction A+B)
// and seed 001 (one-step codes). The seed-parsing test below checks this list against the file.
const SEED_004_CODES = [
  "invalid_request_error", "unauthorized_error", "forbidden", "api_error", "account_not_found", "sub_account_not_found",
  "user_not_found", "request_being_processed", "invalid_key_format", "key_mismatch_account", "key_mismatch_api",
  "card_not_found", "operation_not_authorized", "risk_control_not_allowed", "currency_not_allowed", "limit_out_of_range",
  "cardholder_quota_exceeded", "account_quota_exceeded", "insufficient_sub_bin", "card_expired_error", "status_not_supported",
  "virtual_card_pin_error", "auto_cancel_trigger cannot be empty", "invalid auto_cancel_trigger", "expiry_at cannot be empty",
  "invalid expiry_at", "product_not_found", "account_balance_error",
  "cardholder_not_found", "cardholder_already_exists", "email_duplicated", "phone_number_duplicated", "invalid_phone_number",
  "invalid_first_name", "invalid_last_name", "invalid_date_of_birth", "missing_date_of_birth", "invalid_delivery_address",
  "missing_country_code", "document_duplicated", "file_type_not_supported", "invalid_file_content", "document_size_exceeded",
  "document_review_required", "identity_file_missing", "invalid_identity_type", "invalid_kyc_method", "kyc_proof_required",
  "reference_id_duplicated", "reference_id_too_short", "cardholder_kyc_pending", "cardholder_kyc_failed", "kyc_insufficient",
  "supplement_fields_incomplete", "cardholder_cannot_update_during_review", "bin_required_fields_not_configured",
  "cardholder_missing_info", "cardholder_incomplete_fields",
];

// The seeds live in shared/ beside the checkout (on developer machines and in CI alike).
const SEED_DIR = path.resolve(process.cwd(), "..", "shared", "seeds");
const seedFile = existsSync(SEED_DIR) ? readdirSync(SEED_DIR).find((f) => f.startsWith("004")) : undefined;

type SeedRows = { aLines: string[]; bMessages: string[] };

/** Table rows of seed 004: each sits on one line after a "code...What to do" header. */
function parseSeed(text: string): SeedRows {
  const aLines: string[] = [];
  const bMessages: string[] = [];
  let inTable = false;
  for (const line of text.split("\n")) {
    if (line.startsWith("code") && line.includes("What to do")) {
      inTable = true;
      continue;
    }
    if (!inTable || !line.trim()) continue;
    const b = /^(\d{3})(.*)$/.exec(line);
    if (b) {
      // Columns are glued together: the message ends where a capital or a CJK character follows.
      const end = /[a-z0-9.)](?=[A-Z\u4e00-\u9fff])/.exec(b[2]);
      bMessages.push(end ? b[2].slice(0, end.index + 1) : b[2]);
    } else if (/^[a-z]/.test(line)) {
      aLines.push(line);
    } else {
      inTable = false;
    }
  }
  return { aLines, bMessages };
}

describe("guidance catalogue covers seed 004", () => {
  it("has an entry for every extracted envelope-A code", () => {
    const missing = SEED_004_CODES.filter((code) => !guidanceEntryForCode(code));
    expect(missing).toEqual([]);
  });

  it.skipIf(!seedFile)("every envelope-A row of the seed starts with a catalogued code from the list", () => {
    const { aLines } = parseSeed(readFileSync(path.join(SEED_DIR, seedFile!), "utf8"));
    expect(aLines.length).toBeGreaterThanOrEqual(SEED_004_CODES.length);
    for (const line of aLines) {
      const code = [...SEED_004_CODES].sort((a, b) => b.length - a.length).find((c) => line.startsWith(c));
      expect(code, `no code for seed row: ${line.slice(0, 60)}`).toBeDefined();
    }
    for (const code of SEED_004_CODES) expect(aLines.some((l) => l.startsWith(code)), code).toBe(true);
  });

  it.skipIf(!seedFile)("has an entry for every envelope-B message in the seed", () => {
    const { bMessages } = parseSeed(readFileSync(path.join(SEED_DIR, seedFile!), "utf8"));
    expect(bMessages.length).toBeGreaterThanOrEqual(68);
    const missing = bMessages.filter((m) => !guidanceEntryForMessage(m));
    expect(missing).toEqual([]);
  });

  it("every entry is bilingual and non-empty", () => {
    for (const key of [...CATALOGUED_CODES]) {
      const entry = guidanceEntryForCode(key)!;
      for (const text of [entry.en.explanation, entry.en.action, entry.zh.explanation, entry.zh.action]) expect(text.length).toBeGreaterThan(3);
      expect(entry.zh.action).toMatch(/[\u4e00-\u9fff]/);
    }
    for (const key of CATALOGUED_MESSAGES) expect(guidanceEntryForMessage(key)!.zh.explanation).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe("guidanceFor", () => {
  const a = (code: string, message = "x", type = "cardholder_error", extra = {}) => errorFromResponse(400, { type, code, message, ...extra });

  it("gives field hints for form errors", () => {
    expect(guidanceFor(a("invalid_first_name")).fieldPath).toBe("first_name");
    expect(guidanceFor(a("reference_id_too_short")).fieldPath).toBe("reference_id");
    expect(guidanceFor(a("reference_id_too_short")).wirePath).toBe("kyc_verification.kyc_proof.reference_id");
    expect(guidanceFor(a("invalid_date_of_birth")).fieldPath).toBe("date_of_birth");
  });

  it("answers in Simplified Chinese", () => {
    const zh = guidanceFor(a("card_not_found", "card not found or deactivated", "card_error"), "zh-CN");
    expect(zh.explanation).toMatch(/[\u4e00-\u9fff]/);
    expect(zh).toMatchObject({ key: "card_not_found", matched: "code", fieldPath: "card_id" });
  });

  it("matches legacy messages case-insensitively and trimmed", () => {
    const g = guidanceFor(errorFromResponse(400, { code: 400, message: "  the CARD is not active  " }));
    expect(g).toMatchObject({ matched: "message", key: "The card is not active" });
    expect(guidanceFor(errorFromResponse(400, { code: 400, message: "Insufficient balance" })).key).toBe("Insufficient balance");
  });

  it("recognises the transaction-not-found variant of invalid_request_error", () => {
    const g = guidanceFor(a("invalid_request_error", "transaction[0a1b] not found under the connected account", "invalid_request_error"));
    expect(g).toMatchObject({ fieldPath: "transaction_id", matched: "code" });
    expect(guidanceFor(a("invalid_request_error", "amount: must be > 0", "invalid_request_error")).key).toBe("invalid_request_error");
  });

  it("prefers a catalogued message over a code that only repeats its type", () => {
    const unauthorized = (message: string) => errorFromResponse(401, { type: "unauthorized_error", code: "unauthorized_error", message });
    expect(guidanceFor(unauthorized("Invalid API key"))).toMatchObject({ matched: "message", key: "Invalid API key", fieldPath: "api_key" });
    expect(guidanceFor(unauthorized("token has expired"))).toMatchObject({ matched: "message", key: "token has expired" });
    expect(guidanceFor(unauthorized("missing x-auth-token header"))).toMatchObject({ matched: "code", key: "unauthorized_error" });
  });

  it("covers retryable cases and carries missing_fields", () => {
    expect(guidanceFor(errorFromResponse(400, { code: 200, message: "Request is processing, please try again later" })).retryable).toBe(true);
    expect(guidanceFor(networkError(new Error("reset"))).key).toBe("network_error");
    const g = guidanceFor(a("cardholder_incomplete_fields", "incomplete", "cardholder_error", { missing_fields: ["email", "first_name"] }));
    expect(g.missingFields).toEqual(["email", "first_name"]);
  });

  it("falls back by type, then status, then a generic answer", () => {
    expect(guidanceFor(a("brand_new_code", "x", "card_error"))).toMatchObject({ matched: "type", key: "card_error" });
    expect(guidanceFor(errorFromResponse(503, "<html/>"))).toMatchObject({ matched: "status", retryable: true });
    expect(guidanceFor(errorFromResponse(400, { code: 400, message: "Something nobody documented" }))).toMatchObject({ matched: "status" });
    expect(guidanceFor(new UqpayError({ httpStatus: 0, code: "weird", message: "?" }))).toMatchObject({ matched: "generic" });
  });

  it("normalises message keys", () => {
    expect(normalizeMessageKey("  The card is failed. ")).toBe("the card is failed");
  });
});
