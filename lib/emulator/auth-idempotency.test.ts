import { decodeJwt, decodeProtectedHeader } from "jose";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { SEEDED } from "./seed-data";
import { Harness } from "./testing/harness";

let h: Harness;
beforeAll(async () => {
  h = await Harness.start();
}, 60_000);
afterAll(() => h.close());
beforeEach(() => h.reset());

const holderBody = () => ({
  first_name: "Alex",
  last_name: "Chen",
  email: `a${crypto.randomUUID().slice(0, 8)}@example.com`,
  country_code: "SG",
  phone_number: `9${Math.floor(1_000_000 + Math.random() * 8_999_999)}`,
});

describe("auth", () => {
  it("issues a 30-minute HS256 JWT", async () => {
    const res = await h.raw("POST", "/v1/connect/token", undefined, { "x-client-id": h.emu.credentials.clientId, "x-api-key": h.emu.credentials.apiKey });
    expect(res.status).toBe(200);
    const { auth_token, expired_at } = res.body as { auth_token: string; expired_at: number };
    expect(decodeProtectedHeader(auth_token)).toMatchObject({ alg: "HS256", typ: "JWT" });
    const claims = decodeJwt(auth_token);
    expect(claims.exp).toBe(expired_at);
    expect(expired_at - (claims.iat as number)).toBe(1800);
    expect(claims).toMatchObject({ iss: "uqpay", client_id: h.emu.credentials.clientId, account_id: SEEDED.accountId });
  });

  it("rejects a wrong api key and an unknown client id with 401 envelope A", async () => {
    const wrong = await h.raw("POST", "/v1/connect/token", undefined, { "x-client-id": h.emu.credentials.clientId, "x-api-key": "nope" });
    expect(wrong).toMatchObject({ status: 401, body: { type: "unauthorized_error", code: "unauthorized_error", message: "Invalid API key" } });
    const unknown = await h.raw("POST", "/v1/connect/token", undefined, { "x-client-id": "nobody", "x-api-key": "x" });
    expect(unknown.status).toBe(401);
    const missing = await h.raw("POST", "/v1/connect/token");
    expect(missing.status).toBe(401);
  });

  it("requires `Bearer <jwt>` in x-auth-token", async () => {
    const none = await h.raw("GET", "/v1/issuing/products");
    expect(none).toMatchObject({ status: 401, body: { type: "unauthorized_error", code: "unauthorized_error" } });
    const bare = await h.raw("GET", "/v1/issuing/products", undefined, { "x-auth-token": h.token });
    expect(bare.body).toMatchObject({ message: "invalid auth token format" });
    const garbled = await h.raw("GET", "/v1/issuing/products", undefined, { "x-auth-token": "Bearer abc.def.ghi" });
    expect(garbled).toMatchObject({ status: 401, body: { message: "invalid auth token" } });
    const ok = await h.get("/v1/issuing/products");
    expect(ok.status).toBe(200);
  });

  it("expires tokens after 30 minutes of the emulated clock", async () => {
    await h.advance(29 * 60);
    expect((await h.get("/v1/issuing/products")).status).toBe(200);
    await h.advance(61);
    const expired = await h.get("/v1/issuing/products");
    expect(expired).toMatchObject({ status: 401, body: { code: "unauthorized_error", message: "token has expired" } });
  });

  it("answers unknown routes 404 and an unknown on-behalf-of account with sub_account_not_found", async () => {
    expect((await h.get("/v1/issuing/nothing")).status).toBe(404);
    const res = await h.raw("GET", "/v1/issuing/products", undefined, {
      "x-auth-token": `Bearer ${h.token}`,
      "x-on-behalf-of": crypto.randomUUID(),
    });
    expect(res).toMatchObject({ status: 400, body: { type: "account_error", code: "sub_account_not_found" } });
  });
});

describe("envelopes and pagination", () => {
  it("answers malformed JSON with envelope B", async () => {
    const res = await h.post("/v1/issuing/cardholders", "{bad json");
    expect(res).toEqual({ status: 400, body: { code: 400, message: "Params JSON error" } });
  });

  it("validates page_size 10–100 and page_number ≥ 1", async () => {
    expect((await h.get("/v1/issuing/products?page_size=5")).body).toMatchObject({ type: "invalid_request_error" });
    expect((await h.get("/v1/issuing/products?page_size=101")).status).toBe(400);
    expect((await h.get("/v1/issuing/products?page_number=0")).status).toBe(400);
    const page = await h.get("/v1/issuing/products?page_size=10&page_number=1");
    expect(page.body).toMatchObject({ total_items: 6, total_pages: 1 });
    expect(Object.keys(page.body).sort()).toEqual(["data", "total_items", "total_pages"]);
  });
});

describe("idempotency", () => {
  it("requires a well-formed key on POST", async () => {
    const none = await h.post("/v1/issuing/cardholders", holderBody(), null);
    expect(none.body).toMatchObject({ type: "idempotency_error", code: "invalid_key_format" });
    const long = await h.post("/v1/issuing/cardholders", holderBody(), "k".repeat(256));
    expect(long.body).toMatchObject({ code: "invalid_key_format" });
  });

  it("replays the first answer for the same key, creating nothing new", async () => {
    const key = crypto.randomUUID();
    const body = holderBody();
    const first = await h.post("/v1/issuing/cardholders", body, key);
    const second = await h.post("/v1/issuing/cardholders", body, key);
    expect(second).toEqual(first);
    const list = await h.get("/v1/issuing/cardholders");
    expect(list.body.total_items).toBe(1);
    const log = await h.control<{ data: { replayed: boolean }[] }>("GET", "/requests?path_prefix=/api/v1/issuing/cardholders");
    expect(log.body.data.map((e) => e.replayed)).toEqual([false, true, false]);
  });

  it("replays failures too, until the key expires after 24 h", async () => {
    const key = crypto.randomUUID();
    const bad = { ...holderBody(), first_name: "R2D2" };
    const first = await h.post("/v1/issuing/cardholders", bad, key);
    expect(first.body).toMatchObject({ code: "invalid_first_name" });
    const fixed = await h.post("/v1/issuing/cardholders", { ...bad, first_name: "Artoo" }, key);
    expect(fixed).toEqual(first);
    await h.advance(24 * 3600 + 1);
    await h.login();
    const later = await h.post("/v1/issuing/cardholders", { ...bad, first_name: "Artoo" }, key);
    expect(later.status).toBe(200);
  });

  it("refuses a key reused on another endpoint or by another account", async () => {
    const key = crypto.randomUUID();
    await h.post("/v1/issuing/cardholders", holderBody(), key);
    const other = await h.post("/v1/issuing/cards", {}, key);
    expect(other.body).toMatchObject({ type: "idempotency_error", code: "key_mismatch_api" });
    await h.login(`${h.emu.credentials.clientId}-2`, `${h.emu.credentials.apiKey}-2`);
    const foreign = await h.post("/v1/issuing/cardholders", holderBody(), key);
    expect(foreign.body).toMatchObject({ type: "idempotency_error", code: "key_mismatch_account" });
  });

  it("answers request_being_processed while the first request is in flight", async () => {
    await h.control("PUT", "/faults", { rules: [{ path: "/v1/issuing/cardholders", method: "POST", kind: "latency", ms: 2000, phase: "inside", count: 1 }] });
    const key = crypto.randomUUID();
    const body = holderBody();
    const slow = h.post("/v1/issuing/cardholders", body, key);
    // Ample time for the first call to take the key, even on a loaded machine.
    await new Promise((r) => setTimeout(r, 500));
    const second = await h.post("/v1/issuing/cardholders", body, key);
    expect(second.body).toMatchObject({ type: "idempotency_error", code: "request_being_processed" });
    const first = await slow;
    expect(first.status).toBe(200);
    expect(await h.post("/v1/issuing/cardholders", body, key)).toEqual(first);
  });

  it("does not require a key on the retrieve-balance POST", async () => {
    const res = await h.post("/v1/issuing/balances", { currency: "USD" }, null);
    expect(res).toMatchObject({ status: 200, body: { currency: "USD", available_balance: "100000.00" } });
  });
});

describe("control API", () => {
  it("moves the clock and reports it in UQPAY's +08:00 style", async () => {
    const before = await h.control<{ now: string; now_uqpay: string }>("GET", "/clock");
    expect(before.body.now_uqpay).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/);
    const after = await h.control<{ now: string; offset_seconds: number }>("POST", "/clock/advance", { seconds: 3600 });
    expect(after.body.offset_seconds).toBe(3600);
    const to = await h.control<{ now: string }>("POST", "/clock/advance", { to: "2099-01-01T00:00:00+08:00" });
    const drift = Date.parse(to.body.now) - Date.parse("2098-12-31T16:00:00.000Z");
    expect(drift).toBeGreaterThanOrEqual(0);
    expect(drift).toBeLessThan(5000);
    expect((await h.control("POST", "/clock/advance", { seconds: -5 })).status).toBe(400);
  });

  it("toggles the secure-details permission per account", async () => {
    const res = await h.control("PUT", `/accounts/${SEEDED.accountId}/settings`, { secure_details_allowed: false });
    expect(res.body).toMatchObject({ settings: { secure_details_allowed: false } });
    const accounts = await h.control<{ data: unknown[] }>("GET", "/accounts");
    expect(accounts.body.data).toHaveLength(2);
  });

  it("is refused in sandbox mode", async () => {
    // Same instance, mode flipped in place: booting a second PGlite costs seconds.
    h.emu.runtime.config.mode = "sandbox";
    try {
      const res = await h.control("POST", "/reset", {});
      expect(res.status).toBe(403);
      expect(res.body).toMatchObject({ error: "control_api_disabled" });
      expect((await h.get("/v1/issuing/products")).status).toBe(200);
    } finally {
      h.emu.runtime.config.mode = "test";
    }
  });
});
