import { describe, expect, it } from "vitest";
import { createPaymentIntentSchema, refundPaymentSchema } from "@/lib/schemas/payments";
import { allowedPaymentActions, isSettling } from "./status";

describe("allowedPaymentActions (seed 003's intent_status table)", () => {
  const state = (status: string, hasAttempt = false, refundable: string | null = null) => ({ status, hasAttempt, refundable });
  it("offers confirm/update/cancel before the first attempt, no update after one", () => {
    expect(allowedPaymentActions(state("REQUIRES_PAYMENT_METHOD"))).toEqual(["confirm", "update", "cancel"]);
    expect(allowedPaymentActions(state("REQUIRES_PAYMENT_METHOD", true))).toEqual(["confirm", "cancel"]);
  });
  it("offers capture only for REQUIRES_CAPTURE and refunds only with something left", () => {
    expect(allowedPaymentActions(state("REQUIRES_CAPTURE", true))).toEqual(["capture", "cancel"]);
    expect(allowedPaymentActions(state("SUCCEEDED", true, "3.5"))).toEqual(["refund"]);
    expect(allowedPaymentActions(state("SUCCEEDED", true, "0"))).toEqual([]);
  });
  it("offers nothing for PENDING, final and unknown statuses", () => {
    for (const s of ["PENDING", "CANCELLED", "FAILED", "SOMETHING_NEW"]) expect(allowedPaymentActions(state(s, true, "1"))).toEqual([]);
  });
  it("polls while the customer or UQPAY still has to act", () => {
    expect(isSettling("REQUIRES_CUSTOMER_ACTION")).toBe(true);
    expect(isSettling("PENDING")).toBe(true);
    expect(isSettling("SUCCEEDED")).toBe(false);
  });
});

describe("payment schemas", () => {
  const base = {
    operationId: "3f3d036e-732c-4f9e-a4b7-3019c0adf749",
    amount: "8.98",
    currency: "sgd",
    merchant_order_id: "order-001",
    description: "Test payment",
    return_url: "https://example.com/callback",
    metadata: "",
    method: "none",
  };
  it("checks the currency's precision", () => {
    expect(createPaymentIntentSchema.safeParse(base).success).toBe(true);
    const jpy = createPaymentIntentSchema.safeParse({ ...base, currency: "JPY" });
    expect(jpy.success ? [] : jpy.error.issues.map((i) => i.message)).toEqual(["precision"]);
  });
  it("validates the card only when paying by card", () => {
    const card = createPaymentIntentSchema.safeParse({ ...base, method: "card", card: { card_number: "1" } });
    expect(card.success ? [] : card.error.issues.map((i) => i.path.join("."))).toContain("card.card_number");
    expect(createPaymentIntentSchema.safeParse({ ...base, method: "alipaycn_qrcode", card: { card_number: "1" } }).success).toBe(true);
  });
  it("refuses a refund above what remains", () => {
    const input = { operationId: base.operationId, payment_intent_id: "PI1", amount: "4.01", reason: "x" };
    const r = refundPaymentSchema("SGD", "4").safeParse(input);
    expect(r.success ? [] : r.error.issues.map((i) => i.message)).toEqual(["amount_too_high"]);
  });
});
