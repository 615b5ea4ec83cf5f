import { beforeAll, describe, expect, it } from "vitest";
import { type Acq, type Env, card, type Body } from "./test-kit";

export function captureRefundSuite(env: Env): void {
  let acq: Acq;
  beforeAll(() => {
    ({ acq } = env);
  });

  const capture = (id: unknown, body: Body = {}, key?: string) => acq.post(`/v2/payment_intents/${id}/capture`, body, key);
  const cancel = (id: unknown, body: Body = {}) => acq.post(`/v2/payment_intents/${id}/cancel`, body);
  const refund = (body: Body) => acq.post("/v2/payment/refunds", { reason: "customer request", ...body });

  describe("capture", () => {
    it("partial capture with a string amount_to_capture", async () => {
      const pi = await acq.authorized("100.00");
      const res = await capture(pi.payment_intent_id, { amount_to_capture: "40.50" });
      expect(res.body).toMatchObject({ intent_status: "SUCCEEDED", amount: 100, captured_amount: 40.5, latest_payment_attempt: { attempt_status: "CAPTURE_REQUESTED", amount: 100, captured_amount: 40.5 } });
      expect((await capture(pi.payment_intent_id)).body).toMatchObject({ type: "payment_error", code: "invalid_intent_status" });
    });

    it("number amount_to_capture, or none for the full amount; idempotent replay does not capture twice", async () => {
      const a = await acq.authorized("20");
      expect((await capture(a.payment_intent_id, { amount_to_capture: 20 })).body).toMatchObject({ captured_amount: 20 });
      const b = await acq.authorized("15.25");
      const key = crypto.randomUUID();
      const first = await capture(b.payment_intent_id, {}, key);
      expect(first.body).toMatchObject({ captured_amount: 15.25, intent_status: "SUCCEEDED" });
      expect((await capture(b.payment_intent_id, {}, key)).body).toEqual(first.body);
    });

    it("refuses more than authorised, bad amounts, and intents not in REQUIRES_CAPTURE", async () => {
      const pi = await acq.authorized("10");
      expect((await capture(pi.payment_intent_id, { amount_to_capture: "10.01" })).body).toEqual({
        type: "payment_error", code: "capture_amount_exceeded", message: "amount_to_capture must not exceed the authorized amount",
      });
      for (const bad of ["abc", "0", "1.001", -1]) {
        expect((await capture(pi.payment_intent_id, { amount_to_capture: bad })).body).toMatchObject({ type: "invalid_request_error", code: "invalid_parameter" });
      }
      const open = (await acq.create()).body;
      expect((await capture(open.payment_intent_id)).body).toMatchObject({ code: "invalid_intent_status" });
    });
  });

  describe("cancel", () => {
    it("voids an authorisation with a reason: CANCELLED, cancel_time, attempt CANCELLED", async () => {
      const pi = await acq.authorized();
      const res = await cancel(pi.payment_intent_id, { cancellation_reason: "requested_by_customer" });
      expect(res.body).toMatchObject({ intent_status: "CANCELLED", cancellation_reason: "requested_by_customer", cancel_time: expect.stringMatching(/\+08:00$/), latest_payment_attempt: { attempt_status: "CANCELLED", cancellation_reason: "requested_by_customer" } });
      expect((await cancel(pi.payment_intent_id)).body).toMatchObject({ code: "invalid_intent_status" });
      expect((await capture(pi.payment_intent_id)).body).toMatchObject({ code: "invalid_intent_status" });
    });

    it("cancels an unconfirmed intent; refuses SUCCEEDED intents and unknown reasons", async () => {
      const open = (await acq.create()).body;
      expect((await cancel(open.payment_intent_id, { cancellation_reason: "whim" })).body).toMatchObject({ code: "invalid_parameter" });
      expect((await cancel(open.payment_intent_id, { cancellation_reason: "abandoned" })).body).toMatchObject({ intent_status: "CANCELLED", latest_payment_attempt: null });
      expect((await acq.confirm(open.payment_intent_id as string, { payment_method: card() })).body).toMatchObject({ code: "invalid_intent_status" });
      const paid = (await acq.create({ payment_method: card() })).body;
      expect((await cancel(paid.payment_intent_id)).body).toEqual({ type: "payment_error", code: "invalid_intent_status", message: "payment intent in status SUCCEEDED cannot be cancelled" });
    });
  });

  describe("refunds", () => {
    it("several partial refunds up to the captured amount, then refund_amount_exceeded", async () => {
      const pi = await acq.authorized("100", "USD");
      await capture(pi.payment_intent_id, { amount_to_capture: "80" });
      const ids: string[] = [];
      for (const amount of ["30", 30, "20.00"]) {
        const res = await refund({ payment_intent_id: pi.payment_intent_id, amount, metadata: { n: String(ids.length) } });
        expect(res.body).toMatchObject({ refund_status: "SUCCEEDED", payment_intent_id: pi.payment_intent_id, currency: "USD", reason: "customer request" });
        expect(res.body.payment_refund_id).toMatch(/^RF\d{19}$/);
        ids.push(res.body.payment_refund_id as string);
      }
      expect((await refund({ payment_intent_id: pi.payment_intent_id, amount: "0.01" })).body).toEqual({
        type: "refund_error", code: "refund_amount_exceeded", message: "total refund amount exceeds the captured amount",
      });
      const attempt = (await acq.intent(pi.payment_intent_id as string)).body.latest_payment_attempt as Body;
      expect(attempt).toMatchObject({ captured_amount: 80, refunded_amount: 80 });
      expect((await acq.intent(pi.payment_intent_id as string)).body.intent_status).toBe("SUCCEEDED");

      const list = await acq.get(`/v2/payment/refunds?payment_intent_id=${pi.payment_intent_id}`);
      expect(list.body).toMatchObject({ total_items: 3, total_pages: 1 });
      expect((list.body.data as Body[]).map((r) => r.payment_refund_id)).toEqual([...ids].reverse());
      const one = await acq.get(`/v2/payment/refunds/${ids[1]}`);
      expect(one.body).toMatchObject({ payment_refund_id: ids[1], amount: 30, metadata: { n: "1" }, payment_attempt_id: attempt.attempt_id });
      expect((await acq.get(`/v2/payment/refunds?merchant_order_id=order-001&status=SUCCEEDED&page_size=1`)).body.total_pages).toBeGreaterThanOrEqual(3);
    });

    it("refuses intents that are not SUCCEEDED, missing fields, foreign attempts and long windows", async () => {
      const held = await acq.authorized();
      expect((await refund({ payment_intent_id: held.payment_intent_id, amount: "1" })).body).toMatchObject({ type: "refund_error", code: "refund_not_allowed" });
      const paid = (await acq.create({ payment_method: card() })).body;
      expect((await refund({ payment_intent_id: paid.payment_intent_id, amount: "1", reason: undefined })).body).toMatchObject({ code: "invalid_parameter" });
      expect((await refund({ payment_intent_id: "PI0000000000000000000", amount: "1" })).body).toMatchObject({ type: "not_found" });
      const other = (await acq.create({ payment_method: card() })).body;
      const foreign = (other.latest_payment_attempt as Body).attempt_id;
      expect((await refund({ payment_intent_id: paid.payment_intent_id, amount: "1", payment_attempt_id: foreign })).body).toMatchObject({ code: "invalid_parameter" });
      const window = await acq.get("/v2/payment/refunds?start_time=2026-01-01T00:00:00Z&end_time=2026-06-01T00:00:00Z");
      expect(window.body).toMatchObject({ type: "invalid_request_error" });
    });
  });

  describe("payment attempts", () => {
    it("retrieve and list by intent and status", async () => {
      const pi = (await acq.create({ payment_method: card() })).body;
      const attempt = pi.latest_payment_attempt as Body;
      const one = await acq.get(`/v2/payment/payment_attempts/${attempt.attempt_id}`);
      expect(one.body).toEqual(attempt);
      expect(one.body).toMatchObject({ payment_intent_id: pi.payment_intent_id, auth_code: expect.stringMatching(/^\d{6}$/), authentication_data: { cvv_result: "M" } });
      const list = await acq.get(`/v2/payment/payment_attempts?payment_intent_id=${pi.payment_intent_id}&attempt_status=CAPTURE_REQUESTED`);
      expect(list.body).toMatchObject({ total_items: 1, data: [{ attempt_id: attempt.attempt_id }] });
      expect((await acq.get(`/v2/payment/payment_attempts?payment_intent_id=${pi.payment_intent_id}&attempt_status=FAILED`)).body.total_items).toBe(0);
      expect((await acq.get("/v2/payment/payment_attempts?page_size=500")).body).toMatchObject({ code: "invalid_parameter" });
    });
  });
}
