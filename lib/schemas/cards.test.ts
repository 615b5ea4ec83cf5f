import { describe, expect, it } from "vitest";
import { cardFundsSchema, freezeCardSchema } from "./card-actions";
import { metadataRecord, riskControlsWire, spendingWire } from "./card-fields";
import { cardFiltersQuery, parseCardFilters } from "./card-filters";
import { expiryAt, issueCardSchema } from "./cards";

const op = "3f3d036e-732c-4f9e-a4b7-3019c0adf749";
const product = "467e993f-317a-49fc-9ea0-bf49de7d1f76";
const issue = (over: Record<string, unknown> = {}) =>
  issueCardSchema.safeParse({ operationId: op, cardholder_id: op, card_product_id: product, card_currency: "USD", ...over });
const messages = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

describe("issue card schema", () => {
  it("accepts the seed 000 request", () => {
    const r = issue({ card_limit: "1000" });
    expect(r.success).toBe(true);
  });

  it("needs a cardholder for two-step but not for one-step", () => {
    expect(messages(issue({ cardholder_id: "" }))).toEqual({ cardholder_id: "cardholder_required" });
    expect(issue({ cardholder_id: "", mode: "one_step", cardholder_required_fields: { email: "a@b.co" } }).success).toBe(true);
  });

  it("checks amounts against the currency's precision, never with floats", () => {
    expect(messages(issue({ card_limit: "10.005" }))).toEqual({ card_limit: "amount_precision" });
    expect(messages(issue({ card_currency: "JPY", card_limit: "10.5" }))).toEqual({ card_limit: "amount_precision" });
    expect(messages(issue({ card_limit: "-1" }))).toEqual({ card_limit: "amount_negative" });
    expect(messages(issue({ card_limit: "1e3" }))).toEqual({ card_limit: "amount" });
    expect(messages(issue({ spending_controls: [{ amount: "0.001" }] }))).toEqual({ "spending_controls.0.amount": "amount_precision" });
  });

  it("requires the auto-cancel trigger of a one-time card", () => {
    expect(messages(issue({ usage_type: "ONE_TIME" }))).toEqual({ auto_cancel_trigger: "required" });
    expect(issue({ usage_type: "ONE_TIME", auto_cancel_trigger: "ON_AUTH" }).success).toBe(true);
  });

  it("validates MCC lists and metadata keys", () => {
    expect(messages(issue({ risk_controls: { mcc_mode: "allowed", mcc_list: "" } }))).toEqual({ "risk_controls.mcc_list": "mcc_required" });
    expect(messages(issue({ risk_controls: { mcc_mode: "blocked", mcc_list: "57a4" } }))).toEqual({ "risk_controls.mcc_list": "mcc_format" });
    expect(messages(issue({ metadata: [{ key: "a", value: "1" }, { key: "a", value: "2" }] }))).toEqual({ "metadata.1.key": "metadata_duplicate" });
    expect(messages(issue({ metadata: [{ key: "big", value: "x".repeat(1000) }, { key: "b2", value: "x".repeat(1000) }, { key: "b3", value: "x".repeat(1000) }, { key: "b4", value: "x".repeat(1000) }] }))).toEqual({
      metadata: "metadata_too_large",
    });
  });

  it("builds the wire shapes UQPAY expects", () => {
    expect(riskControlsWire({ allow_3ds_transactions: "Y", mcc_mode: "allowed", mcc_list: "5734, 5812 5734" })).toEqual({ allow_3ds_transactions: "Y", allowed_mcc: ["5734", "5812"] });
    expect(riskControlsWire({ allow_3ds_transactions: "N", mcc_mode: "none", mcc_list: "5734" })).toEqual({ allow_3ds_transactions: "N" });
    expect(spendingWire([{ amount: "50.50", interval: "PER_TRANSACTION" }, { amount: "", interval: "PER_TRANSACTION" }])).toEqual([{ amount: "50.5", interval: "PER_TRANSACTION" }]);
    expect(metadataRecord([{ key: " team ", value: "ops" }, { key: "", value: "" }])).toEqual({ team: "ops" });
    expect(expiryAt("2027-03-19")).toBe("2027-03-19T23:59:59+00:00");
    expect(expiryAt("")).toBeUndefined();
  });
});

describe("card action schemas", () => {
  it("refuses a withdrawal above the available balance and a freeze without a reason", () => {
    const withdraw = cardFundsSchema("USD", "100");
    expect(withdraw.safeParse({ operationId: op, card_id: op, amount: "100.00" }).success).toBe(true);
    expect(messages(withdraw.safeParse({ operationId: op, card_id: op, amount: "100.01" }))).toEqual({ amount: "amount_over_balance" });
    expect(messages(withdraw.safeParse({ operationId: op, card_id: op, amount: "0" }))).toEqual({ amount: "amount_positive" });
    expect(messages(cardFundsSchema("USD", "50", "issuing").safeParse({ operationId: op, card_id: op, amount: "50.01" }))).toEqual({ amount: "amount_over_issuing" });
    expect(cardFundsSchema("USD", null, "issuing").safeParse({ operationId: op, card_id: op, amount: "50.01" }).success).toBe(true);
    expect(messages(freezeCardSchema.safeParse({ operationId: op, card_id: op, update_reason: " " }))).toEqual({ update_reason: "reason_required" });
  });
});

describe("card list filters", () => {
  it("round-trips through the URL and drops malformed values", () => {
    const filters = parseCardFilters(new URLSearchParams("q=1764&status=FROZEN&currency=USD&page=2&product_id=nope"));
    expect(filters).toEqual({ q: "1764", status: "FROZEN", currency: "USD", page: 2, cardholder_id: undefined, product_id: undefined });
    expect(cardFiltersQuery(filters)).toBe("q=1764&status=FROZEN&currency=USD&page=2");
    expect(parseCardFilters({ page: "-3" }).page).toBe(1);
  });
});
