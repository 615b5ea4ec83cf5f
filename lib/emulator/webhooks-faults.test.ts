import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { SEEDED } from "./seed-data";
import { Harness, Receiver } from "./testing/harness";
import { signWebhook, verifyWebhook } from "./webhooks/sign";

const SECRET = "whsec_test_secret";
const P = SEEDED.products;
let h: Harness;
let receiver: Receiver;

beforeAll(async () => {
  receiver = await new Receiver().start();
  h = await Harness.start({ webhookRetryBaseMs: 20 });
}, 60_000);
afterAll(async () => {
  await h.close();
  await receiver.close();
});
beforeEach(async () => {
  await h.reset();
  receiver.received.length = 0;
  receiver.failNext = 0;
  await h.control("PUT", "/webhooks", { url: receiver.url, secret: SECRET, duplicate: false, out_of_order: false, max_attempts: 4, retry_base_ms: 20 });
});

const settle = () => h.emu.runtime.webhooks.idle();

describe("webhooks", () => {
  it("sends the v1.6 envelope, signed as the SDK verifiers expect", async () => {
    const id = await h.card(P.visaShare);
    await receiver.waitFor(() => receiver.ofType("card.create.succeeded").length === 1);
    const hook = receiver.ofType("card.create.succeeded")[0];
    expect(hook.body).toMatchObject({ version: "V1.6.0", event_name: "ISSUING", event_type: "card.create.succeeded" });
    expect(hook.body.event_id).toMatch(/^[0-9a-f-]{36}$/);
    const data = hook.body.data as Record<string, unknown>;
    expect(data).toMatchObject({ card_id: id, card_status: "ACTIVE", card_bin: "40963608", form_factor: "VIRTUAL", mode_type: "SHARE", card_available_balance: "1000" });
    expect(data.card_number).toMatch(/^40963608\*{4}\d{4}$/);
    expect(hook.headers["content-type"]).toBe("application/json");
    const ts = hook.headers["x-wk-timestamp"];
    expect(ts).toMatch(/^\d{10}$/);
    expect(hook.headers["x-wk-signature"]).toMatch(/^[0-9a-f]{128}$/);
    expect(verifyWebhook(SECRET, hook.raw, ts, hook.headers["x-wk-signature"], Math.floor(Date.now() / 1000))).toBe(true);
    expect(verifyWebhook("wrong", hook.raw, ts, hook.headers["x-wk-signature"], Math.floor(Date.now() / 1000))).toBe(false);
    expect(verifyWebhook(SECRET, `${hook.raw} `, ts, hook.headers["x-wk-signature"], Math.floor(Date.now() / 1000))).toBe(false);
  });

  it("matches the webhooks.md recipe byte for byte", async () => {
    const { createHmac } = await import("node:crypto");
    const body = '{"a":1}';
    expect(signWebhook(SECRET, body, "1711077773")).toBe(createHmac("sha512", SECRET).update(`${body}1711077773`).digest("hex"));
  });

  it("emits an event for every issuing flow", async () => {
    const holder = await h.cardholder();
    await h.post(`/v1/issuing/cardholders/${holder}`, { nationality: "SG" });
    const share = await h.card(P.visaShare, { cardholder_id: holder });
    const single = await h.card(P.visaSingle, { card_limit: 50 });
    await h.post(`/v1/issuing/cards/${share}`, { metadata: { a: "b" } });
    await h.post(`/v1/issuing/cards/${single}/recharge`, { amount: 5 });
    await h.post(`/v1/issuing/cards/${single}/withdraw`, { amount: 5 });
    const auth = await h.authorize(share, 10);
    await h.post("/v1/simulation/issuing/reversal", { transaction_id: auth.body.transaction_id });
    await h.post(`/v1/issuing/cards/${share}/status`, { card_status: "CANCELLED" });
    await h.advance(31 * 24 * 3600);
    await settle();
    const types = receiver.received.map((w) => w.body.event_type);
    for (const type of [
      "cardholder.updated", "card.create.succeeded", "card.update.succeeded", "card.recharge.succeeded", "card.withdraw.succeeded",
      "issuing.transaction.authorization", "issuing.transaction.reversal", "card.status.update.succeeded",
    ]) expect(types).toContain(type);
    const statuses = receiver.ofType("card.status.update.succeeded").map((w) => (w.body.data as { card_status: string }).card_status);
    expect(statuses).toEqual(["PRE_CANCEL", "CANCELLED"]);
    const authHook = receiver.ofType("issuing.transaction.authorization")[0].body;
    expect(authHook.source_id).toBe(auth.body.transaction_id);
    expect(Array.isArray((authHook.data as { merchant_data: unknown }).merchant_data)).toBe(true);
    expect((authHook.data as { transaction_amount: unknown }).transaction_amount).toBe("10");
  });

  it("sends cardholder.kyc.status_changed when IDV completes", async () => {
    const res = await h.post("/v1/issuing/cardholders", {
      first_name: "Priya", last_name: "Nair", email: "p@example.com", country_code: "SG", phone_number: "83456789", kyc_verification: { method: "SUMSUB_REDIRECT" },
    });
    await h.control("POST", `/cardholders/${res.body.cardholder_id}/idv`, { result: "approve" });
    await receiver.waitFor(() => receiver.ofType("cardholder.kyc.status_changed").length === 1);
    expect(receiver.ofType("cardholder.kyc.status_changed")[0].body.data).toMatchObject({ cardholder_status: "SUCCESS", idv_status: "PASSED", idv_provider: "SUMSUB" });
  });

  it("retries with backoff and logs each delivery attempt", async () => {
    receiver.failNext = 2;
    await h.card(P.visaShare);
    await receiver.waitFor(() => receiver.ofType("card.create.succeeded").length === 1);
    const log = await h.control<{ data: { attempt: number; status: string; http_status: number | null }[] }>("GET", "/deliveries?event_type=card.create.succeeded");
    expect(log.body.data.map((d) => [d.attempt, d.status, d.http_status])).toEqual([
      [1, "retrying", 500],
      [2, "retrying", 500],
      [3, "delivered", 200],
    ]);
  });

  it("gives up after max_attempts", async () => {
    await h.control("PUT", "/webhooks", { max_attempts: 2 });
    receiver.failNext = 10;
    await h.card(P.visaShare);
    const until = Date.now() + 15_000;
    let statuses: string[] = [];
    while (Date.now() < until && !statuses.includes("failed")) {
      await new Promise((r) => setTimeout(r, 30));
      statuses = (await h.control<{ data: { status: string }[] }>("GET", "/deliveries")).body.data.map((d) => d.status);
    }
    expect(statuses).toEqual(["retrying", "failed"]);
  });

  it("duplicate mode delivers each event twice with one event_id", async () => {
    await h.control("PUT", "/webhooks", { duplicate: true });
    await h.card(P.visaShare);
    await receiver.waitFor(() => receiver.ofType("card.create.succeeded").length === 2);
    const [a, b] = receiver.ofType("card.create.succeeded");
    expect(a.body.event_id).toBe(b.body.event_id);
  });

  it("out-of-order mode delivers a burst newest first", async () => {
    const id = await h.card(P.visaShare);
    await settle();
    receiver.received.length = 0;
    // A wide window so the burst is one batch however slow the machine is.
    await h.control("PUT", "/webhooks", { out_of_order: true, out_of_order_window_ms: 3000 });
    await h.post(`/v1/issuing/cards/${id}/status`, { card_status: "FROZEN" });
    await h.post(`/v1/issuing/cards/${id}/status`, { card_status: "ACTIVE" });
    await h.post(`/v1/issuing/cards/${id}/status`, { card_status: "CANCELLED" });
    await settle();
    const seen = receiver.received.map((w) => (w.body.data as { card_status: string }).card_status);
    expect(seen).toEqual(["PRE_CANCEL", "ACTIVE", "FROZEN"]);
  });
});

describe("faults", () => {
  it("error500 answers api_error without touching state", async () => {
    await h.control("PUT", "/faults", { rules: [{ path: "/v1/issuing/cardholders", method: "POST", kind: "error500", count: 1 }] });
    const key = crypto.randomUUID();
    const body = { first_name: "Alex", last_name: "Chen", email: "f@example.com", country_code: "SG", phone_number: "91112222" };
    const res = await h.post("/v1/issuing/cardholders", body, key);
    expect(res).toMatchObject({ status: 500, body: { type: "api_error", code: "api_error" } });
    const retry = await h.post("/v1/issuing/cardholders", body, key);
    expect(retry.status).toBe(200);
    expect((await h.get("/v1/issuing/cardholders")).body.total_items).toBe(1);
  });

  it("error429 answers Request is too frequent; probability 0 never fires", async () => {
    await h.control("PUT", "/faults", { rules: [{ path: "/v1/issuing/products", kind: "error429", probability: 0 }, { path: "/v1/issuing/**", kind: "error429" }] });
    expect(await h.get("/v1/issuing/products")).toMatchObject({ status: 429, body: { code: 429, message: "Request is too frequent" } });
    const rules = await h.control<{ rules: { fired: number }[] }>("GET", "/faults");
    expect(rules.body.rules.map((r) => r.fired)).toEqual([0, 1]);
  });

  it("latency delays the answer", async () => {
    await h.control("PUT", "/faults", { rules: [{ path: "/v1/issuing/products", kind: "latency", ms: 250 }] });
    const started = Date.now();
    expect((await h.get("/v1/issuing/products")).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(240);
  });

  it("hang never answers; the client's timeout fires", async () => {
    await h.control("PUT", "/faults", { rules: [{ path: "/v1/issuing/products", kind: "hang", count: 1 }] });
    const attempt = fetch(`${h.emu.apiBase}/v1/issuing/products`, { headers: { "x-auth-token": `Bearer ${h.token}` }, signal: AbortSignal.timeout(300) });
    await expect(attempt).rejects.toThrow();
    expect((await h.get("/v1/issuing/products")).status).toBe(200);
  });

  it("lost_response commits, drops the connection, and replays on retry", async () => {
    await h.control("PUT", "/faults", { rules: [{ path: "/v1/issuing/cards", method: "POST", kind: "lost_response", count: 1 }] });
    const holder = await h.cardholder();
    const key = crypto.randomUUID();
    const body = { cardholder_id: holder, card_product_id: P.visaShare, card_currency: "USD", card_limit: 10 };
    await expect(h.post("/v1/issuing/cards", body, key)).rejects.toThrow();
    const list = await h.get<{ data: { card_id: string }[]; total_items: number }>("/v1/issuing/cards");
    expect(list.body.total_items).toBe(1);
    const retry = await h.post("/v1/issuing/cards", body, key);
    expect(retry.body.card_id).toBe(list.body.data[0].card_id);
    expect((await h.get("/v1/issuing/cards")).body.total_items).toBe(1);
  });

  it("rejects malformed rules", async () => {
    expect((await h.control("PUT", "/faults", { rules: [{ path: "/x", kind: "explode" }] })).status).toBe(400);
  });
});

describe("request log", () => {
  it("filters by path prefix and since", async () => {
    await h.get("/v1/issuing/products");
    const mark = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 5));
    await h.get("/v1/issuing/cards");
    const all = await h.control<{ data: { path: string; status: number; method: string }[] }>("GET", "/requests?path_prefix=/api/v1/issuing");
    expect(all.body.data.map((e) => e.path)).toEqual(["/api/v1/issuing/products", "/api/v1/issuing/cards"]);
    const later = await h.control<{ data: unknown[] }>("GET", `/requests?since=${encodeURIComponent(mark)}`);
    expect(later.body.data).toHaveLength(1);
  });
});
