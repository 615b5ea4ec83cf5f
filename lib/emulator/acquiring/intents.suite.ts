import { beforeAll, describe, expect, it } from "vitest";
import type { Harness } from "../testing/harness";
import { TEST_CARDS } from "./fidelity";
import { type Acq, type Env, card, intentBody, type Body } from "./test-kit";

export function intentsSuite(env: Env): void {
  let h: Harness;
  let acq: Acq;
  beforeAll(() => {
    ({ h, acq } = env);
  });

  describe("create / retrieve", () => {
    it("without payment_method: REQUIRES_PAYMENT_METHOD, PI id, amount normalised", async () => {
      const res = await acq.create({ amount: "103.00", currency: "USD" });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ intent_status: "REQUIRES_PAYMENT_METHOD", amount: 103, currency: "USD", captured_amount: 0, merchant_order_id: "order-001", next_action: null, latest_payment_attempt: null, return_url: "https://example.com/callback" });
      expect(res.body.payment_intent_id).toMatch(/^PI\d{19}$/);
      expect(res.body.create_time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/);
      expect(res.body.available_payment_method_types).toContain("alipaycn");
      const again = await acq.intent(res.body.payment_intent_id as string);
      expect(again.body).toEqual(res.body);
    });

    it("seed 003 card, skip_3ds, auto_capture → SUCCEEDED with a CAPTURE_REQUESTED attempt", async () => {
      const res = await acq.create({ payment_method: card() });
      expect(res.body).toMatchObject({ intent_status: "SUCCEEDED", amount: 8.98, captured_amount: 8.98 });
      const attempt = res.body.latest_payment_attempt as Body;
      expect(attempt).toMatchObject({ attempt_status: "CAPTURE_REQUESTED", amount: 8.98, captured_amount: 8.98, failure_code: "" });
      expect(attempt.attempt_id).toMatch(/^PA\d{19}$/);
      expect(attempt.complete_time).toMatch(/\+08:00$/);
      expect(attempt.payment_method).toEqual({ type: "card", card: expect.objectContaining({ brand: "mastercard", last4: "8117", exp_month: 12, exp_year: 2099 }) });
      expect(JSON.stringify(res.body)).not.toContain("5346930100108117");
    });

    it("auto_capture false (or pre_authorization) → REQUIRES_CAPTURE with an AUTHORIZED attempt", async () => {
      const manual = await acq.create({ payment_method: card(TEST_CARDS.success, { auto_capture: false }) });
      expect(manual.body).toMatchObject({ intent_status: "REQUIRES_CAPTURE", captured_amount: 0, latest_payment_attempt: { attempt_status: "AUTHORIZED" } });
      const pre = await acq.create({ payment_method: card(TEST_CARDS.success, { authorization_type: "pre_authorization" }) });
      expect(pre.body.intent_status).toBe("REQUIRES_CAPTURE");
    });

    it("confirm a created intent; a second confirm is refused", async () => {
      const id = (await acq.create()).body.payment_intent_id as string;
      const res = await acq.confirm(id, { payment_method: card() });
      expect(res.body).toMatchObject({ payment_intent_id: id, intent_status: "SUCCEEDED" });
      const twice = await acq.confirm(id, { payment_method: card() });
      expect(twice.status).toBe(400);
      expect(twice.body).toEqual({ type: "payment_error", code: "invalid_intent_status", message: "payment intent in status SUCCEEDED cannot be confirmed" });
      expect((await acq.confirm(id, {})).status).toBe(400);
    });

    it("unknown ids are not_found (HTTP 400)", async () => {
      for (const p of ["/v2/payment_intents/PI0000000000000000000", "/v2/payment/payment_attempts/PA0000000000000000000", "/v2/payment/refunds/RF0000000000000000000"]) {
        const res = await acq.get(p);
        expect(res.status).toBe(400);
        expect(res.body).toMatchObject({ type: "not_found" });
      }
    });
  });

  describe("update", () => {
    it("changes amount/currency/description before confirm, not after", async () => {
      const id = (await acq.create()).body.payment_intent_id as string;
      const res = await acq.post(`/v2/payment_intents/${id}`, { amount: 1200, currency: "JPY", description: "Updated", metadata: { k: "v" } });
      expect(res.body).toMatchObject({ amount: 1200, currency: "JPY", description: "Updated", metadata: { k: "v" }, intent_status: "REQUIRES_PAYMENT_METHOD" });
      expect((await acq.post(`/v2/payment_intents/${id}`, { amount: "10.5" })).body).toMatchObject({ type: "invalid_request_error", code: "invalid_parameter" });
      await acq.confirm(id, { payment_method: card() });
      const after = await acq.post(`/v2/payment_intents/${id}`, { amount: "1" });
      expect(after.body).toMatchObject({ type: "payment_error", code: "invalid_intent_status" });
    });
  });

  describe("list", () => {
    it("filters by status (both spellings), merchant_order_id and time; pages 1-100", async () => {
      await h.reset();
      await acq.create({ merchant_order_id: "A" });
      await acq.create({ merchant_order_id: "B", payment_method: card() });
      await acq.create({ merchant_order_id: "B" });
      const all = await acq.get("/v2/payment_intents?page_size=2&page_number=1");
      expect(all.body).toMatchObject({ total_items: 3, total_pages: 2 });
      expect((all.body.data as Body[]).map((i) => i.merchant_order_id)).toEqual(["B", "B"]);
      expect(((await acq.get("/v2/payment_intents?page_size=2&page_number=2")).body.data as Body[]).length).toBe(1);
      expect((await acq.get("/v2/payment_intents?payment_intent_status=SUCCEEDED")).body.total_items).toBe(1);
      expect((await acq.get("/v2/payment_intents?intent_status=REQUIRES_PAYMENT_METHOD")).body.total_items).toBe(2);
      expect((await acq.get("/v2/payment_intents?merchant_order_id=A")).body.total_items).toBe(1);
      const future = new Date(Date.now() + 3600_000).toISOString();
      expect((await acq.get(`/v2/payment_intents?start_time=${encodeURIComponent(future)}`)).body.total_items).toBe(0);
      expect((await acq.get(`/v2/payment_intents?create_end_time=${encodeURIComponent(future)}`)).body.total_items).toBe(3);
      for (const bad of ["page_size=0", "page_size=101", "page_number=0", "start_time=yesterday"]) {
        expect((await acq.get(`/v2/payment_intents?${bad}`)).body).toMatchObject({ type: "invalid_request_error" });
      }
      expect((await acq.get("/v2/payment_intents?page_size=1")).body.total_pages).toBe(3);
    });
  });

  describe("headers and idempotency", () => {
    it("replays create under the same key: one intent, same answer", async () => {
      const key = crypto.randomUUID();
      const first = await acq.create({ merchant_order_id: "idem-1" }, key);
      const second = await acq.create({ merchant_order_id: "idem-1", amount: "99" }, key);
      expect(second.body).toEqual(first.body);
      expect((await acq.get("/v2/payment_intents?merchant_order_id=idem-1")).body.total_items).toBe(1);
      const noKey = await h.raw("POST", "/v2/payment_intents/create", intentBody(), { "x-auth-token": `Bearer ${h.token}`, "x-client-id": h.emu.credentials.clientId });
      expect(noKey.body).toMatchObject({ type: "idempotency_error", code: "invalid_key_format" });
    });

    it("requires x-client-id matching the token; a bad token is the pipeline's 401", async () => {
      const missing = await h.raw("GET", "/v2/payment_intents", undefined, { "x-auth-token": `Bearer ${h.token}` });
      expect(missing.status).toBe(401);
      expect(missing.body).toEqual({ type: "unauthorized_error", code: "unauthorized_error", message: "x-client-id header is required" });
      const wrong = await h.raw("GET", "/v2/payment_intents", undefined, { "x-auth-token": `Bearer ${h.token}`, "x-client-id": "someoneElse" });
      expect(wrong.status).toBe(401);
      const noToken = await h.raw("GET", "/v2/payment_intents", undefined, { "x-client-id": h.emu.credentials.clientId });
      expect(noToken.body).toMatchObject({ message: "missing x-auth-token header" });
      // Issuing keeps working without the header.
      expect((await h.get("/v1/issuing/products")).status).toBe(200);
    });
  });

  describe("validation", () => {
    const cases: [string, Body, string][] = [
      ["missing amount", { amount: undefined }, "amount"],
      ["zero amount", { amount: "0" }, "amount"],
      ["JPY with decimals", { currency: "JPY", amount: "10.5" }, "amount"],
      ["three decimals in SGD", { amount: "1.001" }, "amount"],
      ["unknown currency", { currency: "XYZ" }, "currency"],
      ["long description", { description: "x".repeat(33) }, "description"],
      ["missing return_url", { return_url: undefined }, "return_url"],
      ["long merchant_order_id", { merchant_order_id: "x".repeat(37) }, "merchant_order_id"],
      ["bad card number (Luhn)", { payment_method: card("5346930100108118") }, "card_number"],
      ["letters in card number", { payment_method: card("5346abcd00108117") }, "card_number"],
      ["expired card", { payment_method: card(TEST_CARDS.success, { expiry_year: "2020" }) }, "expired"],
      ["bad month", { payment_method: card(TEST_CARDS.success, { expiry_month: "13" }) }, "expiry_month"],
      ["bad cvc", { payment_method: card(TEST_CARDS.success, { cvc: "12" }) }, "cvc"],
      ["bad three_ds_action", { payment_method: card(TEST_CARDS.success, { three_ds_action: "maybe" }) }, "three_ds_action"],
      ["enforce_3ds without browser_info", { payment_method: card(TEST_CARDS.success, { three_ds_action: "enforce_3ds" }) }, "ip_address"],
      ["unknown method type", { payment_method: { type: "cheque" } }, "payment_method.type"],
    ];
    it.each(cases)("%s → invalid_request_error", async (_name, overrides, field) => {
      const res = await acq.create(overrides);
      expect(res.status).toBe(400);
      expect(res.body.type).toBe("invalid_request_error");
      expect(res.body.code).toBe("invalid_parameter");
      expect(res.body.message).toContain(field);
    });

    it("a rejected create leaves no intent behind", async () => {
      await acq.create({ merchant_order_id: "rejected-1", payment_method: card("4000000000000001") });
      expect((await acq.get("/v2/payment_intents?merchant_order_id=rejected-1")).body.total_items).toBe(0);
    });
  });
}
