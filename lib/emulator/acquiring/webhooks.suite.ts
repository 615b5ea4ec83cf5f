import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { Receiver, type Harness, type ReceivedWebhook } from "../testing/harness";
import { verifyWebhook } from "../webhooks/sign";
import { TEST_CARDS } from "./fidelity";
import { alipay, card, type Acq, type Body, type Env } from "./test-kit";

const SECRET = "whsec_test_secret";

/** Points the shared emulator's webhooks at a local receiver for these tests only. */
export function webhooksSuite(env: Env): void {
  let h: Harness;
  let acq: Acq;
  let rx: Receiver;
  beforeAll(async () => {
    ({ h, acq } = env);
    rx = await new Receiver().start();
    await h.control("PUT", "/webhooks", { url: rx.url, secret: SECRET });
  });
  afterAll(async () => {
    await h.control("PUT", "/webhooks", { url: null, secret: null });
    await rx.close();
  });
  beforeEach(() => {
    rx.received.length = 0;
  });


  /** Waits for the events of one source, in order, each verified the way UQPAY's SDKs verify. */
  async function eventsFor(sourceIds: unknown[], count: number): Promise<ReceivedWebhook[]> {
    const mine = () => rx.received.filter((w) => sourceIds.includes(w.body.source_id));
    await rx.waitFor(() => mine().length >= count);
    await h.emu.runtime.webhooks.idle();
    for (const w of mine()) {
      expect(verifyWebhook(SECRET, w.raw, w.headers["x-wk-timestamp"], w.headers["x-wk-signature"], Date.now() / 1000)).toBe(true);
      expect(w.body).toMatchObject({ version: "V1.6.0", event_name: "ACQUIRING", event_id: expect.any(String) });
    }
    return mine();
  }
  const types = (ws: ReceivedWebhook[]) => ws.map((w) => w.body.event_type);

  describe("acquiring webhooks (signed, v1.6 envelope)", () => {
    it("card payment: intent created, attempt created, capture requested, intent succeeded", async () => {
      const pi = (await acq.create({ amount: "101.00", payment_method: card() })).body;
      const attemptId = (pi.latest_payment_attempt as Body).attempt_id;
      const ws = await eventsFor([pi.payment_intent_id, attemptId], 4);
      expect(types(ws)).toEqual(["acquiring.payment_intent.created", "acquiring.payment_attempt.created", "acquiring.payment_attempt.capture_requested", "acquiring.payment_intent.succeeded"]);
      expect(ws[0].body.data).toMatchObject({ amount: "101", intent_status: "REQUIRES_PAYMENT_METHOD", cancel_time: null, complete_time: null, cancellation_reason: "", payment_method: null, payment_intent_id: pi.payment_intent_id });
      expect(ws[1].body.data).toMatchObject({ attempt_status: "INITIATED", payment_attempt_id: attemptId, captured_amount: "0", refunded_amount: "0", failure_code: "" });
      expect(ws[2].body).toMatchObject({ source_id: attemptId, data: { attempt_status: "CAPTURE_REQUESTED", captured_amount: "101", merchant_order_id: "order-001" } });
      expect(ws[3].body.data).toMatchObject({ intent_status: "SUCCEEDED", complete_time: expect.stringMatching(/\.\d{3}\+08:00$/), payment_method: { type: "card", card: { last4: "8117" } } });
    });

    it("decline → attempt failed; 3DS → requires_action", async () => {
      const declined = (await acq.create({ payment_method: card(TEST_CARDS.declineDoNotHonour) })).body;
      const failedAttempt = (declined.latest_payment_attempt as Body).attempt_id;
      const ws = await eventsFor([failedAttempt], 2);
      expect(types(ws)).toEqual(["acquiring.payment_attempt.created", "acquiring.payment_attempt.failed"]);
      expect(ws[1].body.data).toMatchObject({ attempt_status: "FAILED", failure_code: "05" });
      const qr = (await acq.create({ payment_method: alipay() })).body;
      const qrEvents = await eventsFor([qr.payment_intent_id], 2);
      expect(types(qrEvents)).toEqual(["acquiring.payment_intent.created", "acquiring.payment_intent.requires_action"]);
      expect(qrEvents[1].body.data).toMatchObject({ intent_status: "REQUIRES_CUSTOMER_ACTION", payment_method: { type: "alipaycn" } });
    });

    it("manual capture, cancel, refunds", async () => {
      const held = await acq.authorized("50");
      await acq.post(`/v2/payment_intents/${held.payment_intent_id}/cancel`, { cancellation_reason: "duplicate" });
      const attemptId = (held.latest_payment_attempt as Body).attempt_id;
      const cancelled = await eventsFor([held.payment_intent_id, attemptId], 4);
      expect(types(cancelled)).toEqual(["acquiring.payment_intent.created", "acquiring.payment_attempt.created", "acquiring.payment_attempt.cancelled", "acquiring.cancel.succeeded"]);
      expect(cancelled[3].body.data).toMatchObject({ intent_status: "CANCELLED", cancellation_reason: "duplicate", cancel_time: expect.any(String) });

      const paid = await acq.authorized("50");
      await acq.post(`/v2/payment_intents/${paid.payment_intent_id}/capture`, { amount_to_capture: "45" });
      const refund = (await acq.post("/v2/payment/refunds", { payment_intent_id: paid.payment_intent_id, amount: "0.5", reason: "damaged" })).body;
      const ws = await eventsFor([paid.payment_intent_id, refund.payment_refund_id], 4);
      expect(types(ws)).toEqual(["acquiring.payment_intent.created", "acquiring.payment_intent.succeeded", "acquiring.refund.created", "acquiring.refund.succeeded"]);
      expect(ws[2].body.data).toMatchObject({ refund_status: "INITIATED", amount: "0.5", complete_time: null });
      expect(ws[3].body.data).toMatchObject({ refund_status: "SUCCEEDED", payment_refund_id: refund.payment_refund_id, payment_intent_id: paid.payment_intent_id, reason: "damaged" });
    });

    it("expiry after 30 minutes of the emulated clock → acquiring.payment_intent.failed", async () => {
      const pi = (await acq.create()).body;
      await h.advance(30 * 60 + 1);
      await h.login();
      const ws = await eventsFor([pi.payment_intent_id], 2);
      expect(types(ws)).toEqual(["acquiring.payment_intent.created", "acquiring.payment_intent.failed"]);
      expect(ws[1].body.data).toMatchObject({ intent_status: "FAILED", complete_time: expect.any(String) });
    });
  });
}
