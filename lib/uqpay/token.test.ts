import { afterEach, describe, expect, it } from "vitest";
import { createUqpayClient } from "./client";
import { UqpayError } from "./errors";
import { makeClient, TEST_API_KEY } from "./testing/make-client";
import { fakeClock, type Stub, type StubHandler, startStub, type StubOptions } from "./testing/stub-server";
import { parseExpiry, TokenCache, tokenCacheKey } from "./token";

const EMPTY_PAGE = { total_pages: 0, total_items: 0, data: [] };

let stub: Stub | undefined;
afterEach(async () => {
  await stub?.close();
  stub = undefined;
});

async function serve(handler: StubHandler, options?: StubOptions) {
  stub = await startStub(handler, options);
  return stub;
}

const unauthorizedUnless = (good: string): StubHandler => (req) =>
  req.headers["x-auth-token"] === `Bearer ${good}` ? { body: EMPTY_PAGE } : { status: 401, body: { error: "token has expired" } };

describe("access tokens", () => {
  it("20 concurrent calls on a cold connection make exactly one token request", async () => {
    const s = await serve(() => ({ delayMs: 5, body: EMPTY_PAGE }));
    const { client } = makeClient(s);
    await Promise.all(Array.from({ length: 20 }, () => client.issuing.cards.list()));
    expect(s.tokenRequests).toHaveLength(1);
    expect(s.requests).toHaveLength(20);
    expect(new Set(s.requests.map((r) => r.headers["x-auth-token"]))).toEqual(new Set(["Bearer tok-1"]));
  });

  it("reuses the cached token across calls and across clients of the same connection", async () => {
    const s = await serve(() => ({ body: EMPTY_PAGE }));
    const { client, tokenCache, clock } = makeClient(s);
    await client.issuing.cards.list();
    await client.issuing.products.list();
    const second = createUqpayClient({ id: "conn-1", baseUrl: s.baseUrl, clientId: "client-abc", apiKey: TEST_API_KEY }, { tokenCache, clock });
    await second.issuing.cardholders.list();
    expect(s.tokenRequests).toHaveLength(1);
  });

  it("fetches a new token when the credentials change (cache key includes a fingerprint)", async () => {
    const s = await serve(() => ({ body: EMPTY_PAGE }));
    const { client, tokenCache, clock } = makeClient(s);
    await client.issuing.cards.list();
    const rotated = createUqpayClient({ id: "conn-1", baseUrl: s.baseUrl, clientId: "client-abc", apiKey: "sk_rotated" }, { tokenCache, clock });
    await rotated.issuing.cards.list();
    expect(s.tokenRequests).toHaveLength(2);
    expect(s.requests[1].headers["x-auth-token"]).toBe("Bearer tok-2");
  });

  it("refreshes shortly (60 s) before expired_at", async () => {
    const clock = fakeClock();
    const s = await serve(() => ({ body: EMPTY_PAGE }), { tokenTtlSeconds: 1800, now: clock.now });
    const { client } = makeClient(s, { clock, tokenCache: new TokenCache() });
    await client.issuing.cards.list();
    clock.advance(1700_000);
    await client.issuing.cards.list();
    expect(s.tokenRequests).toHaveLength(1);
    clock.advance(60_000);
    await client.issuing.cards.list();
    expect(s.tokenRequests).toHaveLength(2);
    expect(s.requests.map((r) => r.headers["x-auth-token"])).toEqual(["Bearer tok-1", "Bearer tok-1", "Bearer tok-2"]);
  });

  it("on a 401 for an expired token, refreshes once and retries the call once", async () => {
    const s = await serve(unauthorizedUnless("tok-2"));
    const { client } = makeClient(s);
    await expect(client.issuing.cards.list()).resolves.toMatchObject({ total_items: 0 });
    expect(s.tokenRequests).toHaveLength(2);
    expect(s.requests.map((r) => r.headers["x-auth-token"])).toEqual(["Bearer tok-1", "Bearer tok-2"]);
  });

  it("does not loop when the fresh token is refused too", async () => {
    const s = await serve(unauthorizedUnless("never"));
    const { client } = makeClient(s);
    const error = await client.issuing.cards.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UqpayError);
    expect(error).toMatchObject({ httpStatus: 401, code: "unauthorized", message: "token has expired", outcome: "failed" });
    expect(s.tokenRequests).toHaveLength(2);
    expect(s.requests).toHaveLength(2);
  });

  it("concurrent 401s share a single refresh", async () => {
    const s = await serve(unauthorizedUnless("tok-2"));
    const { client } = makeClient(s);
    await client.verifyCredentials();
    await Promise.all(Array.from({ length: 5 }, () => client.issuing.cards.list()));
    expect(s.tokenRequests).toHaveLength(2);
  });

  it("does not refresh for an IP allow-list rejection", async () => {
    const s = await serve(() => ({ status: 401, body: { type: "unauthorized_error", code: "unauthorized_error", message: "IP not allowed" } }));
    const { client } = makeClient(s);
    await expect(client.issuing.cards.list()).rejects.toMatchObject({ code: "unauthorized_error" });
    expect(s.tokenRequests).toHaveLength(1);
    expect(s.requests).toHaveLength(1);
  });

  it("refreshes once on the legacy 'Login expired' body", async () => {
    const s = await serve((req) =>
      req.headers["x-auth-token"] === "Bearer tok-2" ? { body: EMPTY_PAGE } : { status: 400, body: { code: 400, message: "Login expired" } },
    );
    const { client } = makeClient(s);
    await client.issuing.cards.list();
    expect(s.tokenRequests).toHaveLength(2);
  });

  it("surfaces bad credentials without leaking the API key", async () => {
    const s = await serve(() => ({ body: EMPTY_PAGE }), { tokenReply: () => ({ status: 401, body: { error: "Invalid API key" } }) });
    const { client } = makeClient(s);
    const error = (await client.issuing.cards.list().catch((e: unknown) => e)) as UqpayError;
    expect(error).toMatchObject({ httpStatus: 401, message: "Invalid API key", outcome: "failed" });
    expect(s.requests).toHaveLength(0);
    expect(s.tokenRequests).toHaveLength(1);
    expect(JSON.stringify(error)).not.toContain(TEST_API_KEY);
    expect(String(error.stack)).not.toContain(TEST_API_KEY);
  });
});

describe("token helpers", () => {
  it("reads expired_at as unix seconds, milliseconds or ISO text", () => {
    expect(parseExpiry(1_800_000_000, 0)).toBe(1_800_000_000_000);
    expect(parseExpiry("1800000000", 0)).toBe(1_800_000_000_000);
    expect(parseExpiry(1_800_000_000_000, 0)).toBe(1_800_000_000_000);
    expect(parseExpiry("2027-01-15T08:00:00Z", 0)).toBe(Date.parse("2027-01-15T08:00:00Z"));
    expect(parseExpiry("soon", 1000)).toBe(1000 + 5 * 60_000);
  });

  it("keys the cache by connection id and a credential fingerprint that hides the key", () => {
    const base = { id: "c", baseUrl: "https://x/api", clientId: "id", apiKey: "secret-1" };
    const key = tokenCacheKey(base);
    expect(key.startsWith("c:")).toBe(true);
    expect(key).not.toContain("secret-1");
    expect(tokenCacheKey({ ...base, apiKey: "secret-2" })).not.toBe(key);
  });
});
