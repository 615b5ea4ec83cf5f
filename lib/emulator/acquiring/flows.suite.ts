import { beforeAll, describe, expect, it } from "vitest";
import type { Harness } from "../testing/harness";
import { PENDING_SETTLE_SECONDS, TEST_CARDS } from "./fidelity";
import { type Acq, type Env, alipay, BROWSER, card, path, type Body } from "./test-kit";

export function flowsSuite(env: Env): void {
  let h: Harness;
  let acq: Acq;
  beforeAll(() => {
    ({ h, acq } = env);
  });

  const enforce = (number: string = TEST_CARDS.success, extra: Body = {}) => ({ ...BROWSER, payment_method: card(number, { three_ds_action: "enforce_3ds", ...extra }) });
  const redirectUrl = (pi: Body) => ((pi.next_action as Body).redirect_to_url as Body).url as string;
  const qr = (pi: Body) => (pi.next_action as Body).display_qr_code as Body;

  describe("3DS (enforce_3ds)", () => {
    it("REQUIRES_CUSTOMER_ACTION → challenge page → Authenticate → return_url?payment_intent_id, SUCCEEDED", async () => {
      const pi = (await acq.create({ ...enforce(), return_url: "https://shop.example/back?order=7" })).body;
      expect(pi).toMatchObject({ intent_status: "REQUIRES_CUSTOMER_ACTION", latest_payment_attempt: { attempt_status: "AUTHENTICATION_REDIRECTED" } });
      expect(pi.next_action).toEqual({ type: "redirect_to_url", redirect_to_url: { url: expect.stringMatching(/\/acquiring\/3ds\/PA\d{19}$/), return_url: "" } });
      const url = redirectUrl(pi);
      expect(url.startsWith(h.emu.url)).toBe(true);
      const page = await fetch(url);
      expect(page.headers.get("content-type")).toContain("text/html");
      const html = await page.text();
      expect(html).toContain("Authenticate");
      expect(html).toContain("Fail");
      const done = await acq.page(path(url), "authenticate");
      expect(done.status).toBe(303);
      expect(done.headers.get("location")).toBe(`https://shop.example/back?order=7&payment_intent_id=${pi.payment_intent_id}`);
      const after = (await acq.intent(pi.payment_intent_id as string)).body;
      expect(after).toMatchObject({ intent_status: "SUCCEEDED", captured_amount: 8.98, next_action: null, latest_payment_attempt: { attempt_status: "CAPTURE_REQUESTED" } });
      // A second submit changes nothing and still lands on return_url.
      expect((await acq.page(path(url), "fail")).status).toBe(303);
      expect((await acq.intent(pi.payment_intent_id as string)).body.intent_status).toBe("SUCCEEDED");
      expect(await (await fetch(url)).text()).toContain("Payment SUCCEEDED");
    });

    it("Fail → REQUIRES_PAYMENT_METHOD with failure_code; the intent accepts another card", async () => {
      const pi = (await acq.create(enforce())).body;
      const done = await acq.page(path(redirectUrl(pi)), "fail");
      expect(done.headers.get("location")).toBe(`https://example.com/callback?payment_intent_id=${pi.payment_intent_id}`);
      const after = (await acq.intent(pi.payment_intent_id as string)).body;
      expect(after).toMatchObject({ intent_status: "REQUIRES_PAYMENT_METHOD", latest_payment_attempt: { attempt_status: "FAILED", failure_code: "authentication_failed" } });
      const retry = await acq.confirm(pi.payment_intent_id as string, { payment_method: card() });
      expect(retry.body.intent_status).toBe("SUCCEEDED");
    });

    it("three_ds.return_url and manual capture are honoured after the challenge", async () => {
      const pi = (await acq.create(enforce(TEST_CARDS.success, { auto_capture: false, three_ds: { return_url: "https://3ds.example/done" } }))).body;
      const done = await acq.page(path(redirectUrl(pi)), "authenticate");
      expect(done.headers.get("location")).toMatch(/^https:\/\/3ds\.example\/done\?payment_intent_id=PI/);
      expect((await acq.intent(pi.payment_intent_id as string)).body.intent_status).toBe("REQUIRES_CAPTURE");
    });
  });

  describe("declines", () => {
    it.each([
      [TEST_CARDS.declineDoNotHonour, "05"],
      [TEST_CARDS.declineInsufficientFunds, "51"],
    ])("%s → REQUIRES_PAYMENT_METHOD, failure_code %s", async (number, code) => {
      const res = await acq.create({ payment_method: card(number) });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ intent_status: "REQUIRES_PAYMENT_METHOD", captured_amount: 0, latest_payment_attempt: { attempt_status: "FAILED", failure_code: code } });
      const retry = await acq.confirm(res.body.payment_intent_id as string, { payment_method: card() });
      expect(retry.body).toMatchObject({ intent_status: "SUCCEEDED" });
      const attempts = await acq.get(`/v2/payment/payment_attempts?payment_intent_id=${res.body.payment_intent_id}`);
      expect((attempts.body.data as Body[]).map((a) => a.attempt_status)).toEqual(["CAPTURE_REQUESTED", "FAILED"]);
    });
  });

  describe("wallets (alipaycn)", () => {
    it("flow qrcode → display_qr_code; scan & pay on the emulator page → SUCCEEDED", async () => {
      const pi = (await acq.create({ amount: "7.77", payment_method: alipay() })).body;
      expect(pi.intent_status).toBe("REQUIRES_CUSTOMER_ACTION");
      const code = qr(pi);
      expect(code).toEqual({ qr_code: expect.stringMatching(/\/acquiring\/qr\/PA\d{19}$/), qr_code_url: expect.stringMatching(/\/show$/), expires_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+08:00$/) });
      expect((pi.next_action as Body).type).toBe("display_qr_code");
      expect(await (await fetch(code.qr_code_url as string)).text()).toContain(code.qr_code as string);
      expect(await (await fetch(code.qr_code as string)).text()).toContain("Scan &amp; pay");
      const paid = await fetch(code.qr_code as string, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ result: "pay" }) });
      expect(await paid.json()).toEqual({ payment_intent_id: pi.payment_intent_id, intent_status: "SUCCEEDED", completed: true });
      const after = (await acq.intent(pi.payment_intent_id as string)).body;
      expect(after).toMatchObject({ intent_status: "SUCCEEDED", captured_amount: 7.77, latest_payment_attempt: { attempt_status: "CAPTURE_REQUESTED", payment_method: { type: "alipaycn", alipaycn: { flow: "qrcode" } } } });
    });

    it("declining in the wallet fails the attempt", async () => {
      const pi = (await acq.create({ payment_method: alipay() })).body;
      const res = await acq.page(path(qr(pi).qr_code as string), "decline");
      expect(res.status).toBe(200);
      expect((await acq.intent(pi.payment_intent_id as string)).body).toMatchObject({ intent_status: "REQUIRES_PAYMENT_METHOD", latest_payment_attempt: { failure_code: "wallet_payment_declined" } });
    });

    it("payment_code (is_present) succeeds at once", async () => {
      const res = await acq.create({ amount: "1.11", payment_method: alipay({ os_type: "ios", is_present: true, payment_code: "284057804613761079" }) });
      expect(res.body).toMatchObject({ intent_status: "SUCCEEDED", captured_amount: 1.11, next_action: null });
    });
  });

  describe("emulated clock", () => {
    it("PENDING card settles after the pending window (auto_capture → SUCCEEDED)", async () => {
      const pi = (await acq.create({ payment_method: card(TEST_CARDS.pending) })).body;
      expect(pi).toMatchObject({ intent_status: "PENDING", latest_payment_attempt: { attempt_status: "PENDING_AUTHORIZATION" } });
      expect((await acq.post(`/v2/payment_intents/${pi.payment_intent_id}/cancel`, {})).body).toMatchObject({ code: "invalid_intent_status" });
      await h.advance(PENDING_SETTLE_SECONDS + 1);
      await h.login();
      expect((await acq.intent(pi.payment_intent_id as string)).body).toMatchObject({ intent_status: "SUCCEEDED", latest_payment_attempt: { attempt_status: "CAPTURE_REQUESTED" } });
    });

    it("unfinished intents close as FAILED 30 minutes after creation; finished ones stay", async () => {
      const waiting = (await acq.create()).body;
      const qrPi = (await acq.create({ payment_method: alipay() })).body;
      const paid = (await acq.create({ payment_method: card() })).body;
      const held = await acq.authorized();
      await h.advance(29 * 60);
      await h.login(); // access tokens live 30 minutes of the same clock
      expect((await acq.intent(waiting.payment_intent_id as string)).body.intent_status).toBe("REQUIRES_PAYMENT_METHOD");
      await h.advance(61);
      expect((await acq.intent(waiting.payment_intent_id as string)).body).toMatchObject({ intent_status: "FAILED", complete_time: expect.any(String) });
      expect((await acq.intent(qrPi.payment_intent_id as string)).body).toMatchObject({ intent_status: "FAILED", next_action: null, latest_payment_attempt: { attempt_status: "EXPIRED" } });
      expect((await acq.intent(paid.payment_intent_id as string)).body.intent_status).toBe("SUCCEEDED");
      expect((await acq.intent(held.payment_intent_id as string)).body.intent_status).toBe("REQUIRES_CAPTURE");
      const scan = await fetch(qr(qrPi).qr_code as string, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ result: "pay" }) });
      expect(await scan.json()).toMatchObject({ intent_status: "FAILED", completed: false });
      expect((await acq.confirm(waiting.payment_intent_id as string, { payment_method: card() })).body).toMatchObject({ code: "invalid_intent_status" });
    });
  });
}
