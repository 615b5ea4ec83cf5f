import { afterEach, describe, expect, it } from "vitest";
import { outcomeOf, UqpayError } from "./errors";
import type { RequestEvent, ResponseEvent } from "./http";
import { makeClient, TEST_API_KEY } from "./testing/make-client";
import { type Stub, type StubHandler, type StubReply, startStub } from "./testing/stub-server";

const ORDER = { card_id: "c1", card_order_id: "o1", order_type: "CARD_RECHARGE", amount: "10.5", card_currency: "USD", order_status: "PENDING" };
const EMPTY_PAGE = { total_pages: 0, total_items: 0, data: [] };

let stub: Stub | undefined;
afterEach(async () => {
  await stub?.close();
  stub = undefined;
});

async function serve(handler: StubHandler) {
  stub = await startStub(handler);
  return stub;
}

/** Answers with the given replies in order, then repeats the last one. */
function sequence(...replies: StubReply[]): StubHandler {
  let i = 0;
  return () => replies[Math.min(i++, replies.length - 1)];
}

async function rejection(promise: Promise<unknown>): Promise<UqpayError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(UqpayError);
    return error as UqpayError;
  }
  throw new Error("expected the call to fail");
}

const recharge = (client: ReturnType<typeof makeClient>["client"], key?: string) =>
  client.issuing.cards.recharge("c1", { amount: "10.50" }, key ? { idempotencyKey: key } : undefined);

describe("headers", () => {
  it("authenticates with a Bearer token and keys only writes", async () => {
    const s = await serve(() => ({ body: EMPTY_PAGE }));
    const { client } = makeClient(s);
    await client.issuing.cards.list();
    const [token] = s.tokenRequests;
    expect(token.method).toBe("POST");
    expect(token.headers["x-client-id"]).toBe("client-abc");
    expect(token.headers["x-api-key"]).toBe(TEST_API_KEY);
    expect(token.headers["x-auth-token"]).toBeUndefined();
    expect(token.headers["x-idempotency-key"]).toBeUndefined();
    const [list] = s.requests;
    expect(list.headers["x-auth-token"]).toBe("Bearer tok-1");
    expect(list.headers["x-idempotency-key"]).toBeUndefined();
    expect(list.headers["x-client-id"]).toBeUndefined();
    expect(list.headers["x-api-key"]).toBeUndefined();
  });

  it("sends the caller's idempotency key and exact JSON numbers on issuing POSTs", async () => {
    const s = await serve(() => ({ body: ORDER }));
    const { client } = makeClient(s);
    const order = await recharge(client, "ledger-op-42");
    expect(order.amount).toBe("10.5");
    expect(s.requests[0].headers["x-idempotency-key"]).toBe("ledger-op-42");
    expect(s.requests[0].headers["content-type"]).toBe("application/json");
    expect(s.requests[0].rawBody).toBe('{"amount":10.5}');
  });

  it("adds x-client-id on acquiring (/v2) calls only", async () => {
    const s = await serve(() => ({ body: EMPTY_PAGE }));
    const { client } = makeClient(s);
    await client.acquiring.paymentIntents.list();
    expect(s.requests[0].headers["x-client-id"]).toBe("client-abc");
  });

  it("sends x-on-behalf-of from the connection, overridable per call", async () => {
    const s = await serve(() => ({ body: EMPTY_PAGE }));
    const { client } = makeClient(s, {}, { onBehalfOf: "sub-1" });
    await client.issuing.cards.list();
    await client.issuing.cards.list({}, { onBehalfOf: "sub-2" });
    expect(s.requests.map((r) => r.headers["x-on-behalf-of"])).toEqual(["sub-1", "sub-2"]);
  });
});

describe("raw calls (the sandbox workbench's error tour)", () => {
  it("sends a raw body with the caller's content type and sub-account, never overriding the token or key", async () => {
    const s = await serve(() => ({ body: {} }));
    const { client } = makeClient(s, {}, { onBehalfOf: "sub-1" });
    await client.raw({
      method: "POST",
      path: "/v1/issuing/cardholders",
      rawBody: "email=a%40b.c",
      idempotencyKey: "k-raw",
      headers: { "Content-Type": "application/x-www-form-urlencoded", "x-on-behalf-of": "sub-9", "x-auth-token": "Bearer forged", "x-idempotency-key": "other" },
    });
    const [call] = s.requests;
    expect(call.rawBody).toBe("email=a%40b.c");
    expect(call.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(call.headers["x-on-behalf-of"]).toBe("sub-9");
    expect(call.headers["x-auth-token"]).toBe("Bearer tok-1");
    expect(call.headers["x-idempotency-key"]).toBe("k-raw");
  });

  it("omitToken sends no token (a header the caller sets is sent as is) and still keys the write", async () => {
    const s = await serve(() => ({ status: 401, body: { type: "unauthorized_error", code: "unauthorized_error", message: "invalid auth token format" } }));
    const { client } = makeClient(s);
    const error = await rejection(client.raw({ method: "POST", path: "/v1/issuing/cardholders", body: {}, omitToken: true, headers: { "x-auth-token": "Token abc" } }));
    expect(error.message).toBe("invalid auth token format");
    expect(s.tokenRequests).toHaveLength(0);
    expect(s.requests).toHaveLength(1);
    expect(s.requests[0].headers["x-auth-token"]).toBe("Token abc");
    expect(s.requests[0].headers["x-idempotency-key"]).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("once: a 401 is not refreshed and a 500 is not retried", async () => {
    const s = await serve(
      sequence(
        { status: 401, body: { type: "unauthorized_error", code: "unauthorized_error", message: "token has expired" } },
        { status: 500, body: { type: "api_error", code: "api_error", message: "boom" } },
      ),
    );
    const { client } = makeClient(s);
    expect((await rejection(client.raw({ method: "GET", path: "/v1/issuing/cards", once: true }))).message).toBe("token has expired");
    expect((await rejection(client.raw({ method: "POST", path: "/v1/issuing/cards", body: {}, once: true }))).code).toBe("api_error");
    expect(s.tokenRequests).toHaveLength(1);
    expect(s.requests).toHaveLength(2);
  });
});

describe("retries", () => {
  it("retries a 500 with the same generated key and exponential backoff", async () => {
    const s = await serve(sequence({ status: 500, body: { type: "api_error", code: "api_error", message: "boom" } }, { status: 502, raw: "<html>bad gateway</html>" }, { body: ORDER }));
    const { client, clock } = makeClient(s);
    await recharge(client);
    const keys = s.requests.map((r) => r.headers["x-idempotency-key"]);
    expect(keys).toHaveLength(3);
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(clock.sleeps).toEqual([300, 600]);
  });

  it("generates a different key for each logical call", async () => {
    const s = await serve(() => ({ body: ORDER }));
    const { client } = makeClient(s);
    await recharge(client);
    await recharge(client);
    expect(s.requests[0].headers["x-idempotency-key"]).not.toBe(s.requests[1].headers["x-idempotency-key"]);
  });

  it("honours Retry-After in seconds on 429", async () => {
    const s = await serve(sequence({ status: 429, headers: { "retry-after": "2" }, body: { code: 429, message: "Request is too frequent" } }, { body: ORDER }));
    const { client, clock } = makeClient(s);
    await recharge(client, "k-429");
    expect(clock.sleeps).toEqual([2000]);
    expect(s.requests.map((r) => r.headers["x-idempotency-key"])).toEqual(["k-429", "k-429"]);
  });

  it("honours Retry-After as an HTTP-date", async () => {
    let calls = 0;
    const s = await serve(() =>
      calls++ === 0
        ? { status: 429, headers: { "retry-after": new Date(Date.now() + 3000).toUTCString() }, body: { type: "api_error", code: "velocity_limit_exceeded", message: "slow down" } }
        : { body: ORDER },
    );
    const { client, clock } = makeClient(s);
    await recharge(client, "k-date");
    expect(clock.sleeps).toHaveLength(1);
    // HTTP-dates have whole-second resolution.
    expect(clock.sleeps[0]).toBeGreaterThanOrEqual(1500);
    expect(clock.sleeps[0]).toBeLessThanOrEqual(3100);
  });

  it("retries timeouts with the same key", async () => {
    const s = await serve(sequence({ delayMs: 400, body: ORDER }, { body: ORDER }));
    const { client } = makeClient(s, { timeoutMs: 60 });
    await recharge(client, "k-timeout");
    expect(s.requests.map((r) => r.headers["x-idempotency-key"])).toEqual(["k-timeout", "k-timeout"]);
  });

  it("gives up after maxAttempts timeouts with outcome unknown", async () => {
    const s = await serve(() => ({ delayMs: 300, body: ORDER }));
    const { client } = makeClient(s, { timeoutMs: 40, retry: { maxAttempts: 3 } });
    const error = await rejection(recharge(client));
    expect(error.code).toBe("timeout");
    expect(error.outcome).toBe("unknown");
    expect(error.retryable).toBe(true);
    expect(error.attempts).toBe(3);
  });

  it("retries request_being_processed (envelope A) with the same key", async () => {
    const s = await serve(sequence({ status: 400, body: { type: "idempotency_error", code: "request_being_processed", message: "request is being processed" } }, { body: ORDER }));
    const { client } = makeClient(s);
    await recharge(client, "k-proc");
    expect(s.requests.map((r) => r.headers["x-idempotency-key"])).toEqual(["k-proc", "k-proc"]);
  });

  it("retries the legacy envelope-B processing body (code 200 on HTTP 400, or on a 200)", async () => {
    const processing = { code: 200, message: "Request is processing, please try again later" };
    const s = await serve(sequence({ status: 400, body: processing }, { status: 200, body: processing }, { body: ORDER }));
    const { client } = makeClient(s);
    const order = await recharge(client, "k-legacy");
    expect(order.card_order_id).toBe("o1");
    expect(s.requests).toHaveLength(3);
    expect(new Set(s.requests.map((r) => r.headers["x-idempotency-key"]))).toEqual(new Set(["k-legacy"]));
  });

  it("retries a dropped connection (lost response) with the same key", async () => {
    const s = await serve(sequence({ destroy: true }, { body: ORDER }));
    const { client } = makeClient(s);
    await recharge(client, "k-lost");
    expect(s.requests.map((r) => r.headers["x-idempotency-key"])).toEqual(["k-lost", "k-lost"]);
  });

  it("never retries validation or business errors", async () => {
    const s = await serve(() => ({ status: 400, body: { type: "invalid_request_error", code: "invalid_request_error", message: "amount: must be > 0" } }));
    const { client, clock } = makeClient(s);
    const error = await rejection(recharge(client));
    expect(s.requests).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
    expect(error).toMatchObject({ httpStatus: 400, code: "invalid_request_error", type: "invalid_request_error", retryable: false, outcome: "failed" });
  });

  it("never retries a legacy business error", async () => {
    const s = await serve(() => ({ status: 400, body: { code: 400, message: "Insufficient balance" } }));
    const { client } = makeClient(s);
    const error = await rejection(recharge(client));
    expect(s.requests).toHaveLength(1);
    expect(error).toMatchObject({ code: "400", legacy: true, message: "Insufficient balance", outcome: "failed" });
  });

  it("stops at the overall deadline", async () => {
    const s = await serve(() => ({ status: 503, body: { type: "api_error", code: "api_error", message: "down" } }));
    const { client, clock } = makeClient(s, { retry: { maxAttempts: 10, deadlineMs: 1000 } });
    const error = await rejection(recharge(client));
    expect(s.requests).toHaveLength(3);
    expect(clock.sleeps).toEqual([300, 600]);
    expect(error.outcome).toBe("unknown");
    expect(error.attempts).toBe(3);
  });

  it("does not wait for a Retry-After beyond the deadline", async () => {
    const s = await serve(() => ({ status: 429, headers: { "retry-after": "60" }, body: { code: 429, message: "Request is too frequent" } }));
    const { client, clock } = makeClient(s, { retry: { deadlineMs: 10_000 } });
    const error = await rejection(recharge(client));
    expect(s.requests).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
    expect(error.retryAfterMs).toBe(60_000);
    expect(error.outcome).toBe("failed");
  });

  it("reports outcome unknown when an earlier attempt may have landed", async () => {
    const s = await serve(sequence({ delayMs: 300, body: ORDER }, { status: 429, body: { code: 429, message: "Request is too frequent" } }));
    const { client } = makeClient(s, { timeoutMs: 40, retry: { maxAttempts: 2 } });
    const error = await rejection(recharge(client));
    expect(error.httpStatus).toBe(429);
    expect(error.outcome).toBe("unknown");
  });

  it("reports a refused connection as definitely failed", async () => {
    const s = await serve(() => ({ body: ORDER }));
    const { baseUrl } = s;
    await s.close();
    stub = undefined;
    const { client } = makeClient({ ...s, baseUrl });
    const error = await rejection(recharge(client));
    expect(error.code).toBe("network_error");
    expect(error.outcome).toBe("failed");
  });
});

describe("malformed answers", () => {
  it("a non-JSON 2xx is invalid_response with an unknown outcome and is not retried", async () => {
    const s = await serve(() => ({ raw: "OK" }));
    const { client } = makeClient(s);
    const error = await rejection(recharge(client));
    expect(error).toMatchObject({ code: "invalid_response", outcome: "unknown", retryable: false });
    expect(s.requests).toHaveLength(1);
  });
});

describe("cancellation", () => {
  it("a caller abort mid-request surfaces as code aborted with an unknown outcome", async () => {
    const s = await serve(() => ({ delayMs: 300, body: ORDER }));
    const { client } = makeClient(s);
    const controller = new AbortController();
    const call = client.issuing.cards.recharge("c1", { amount: "1" }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 30);
    const error = await rejection(call);
    expect(error).toMatchObject({ code: "aborted", outcome: "unknown", retryable: false });
    expect(outcomeOf(error)).toBe("unknown");
    expect(outcomeOf(new Error("bug"))).toBe("unknown");
  });
});

describe("hooks", () => {
  it("see method, path, attempt and status but never secrets or bodies", async () => {
    const s = await serve(sequence({ status: 500, body: { type: "api_error", code: "api_error", message: "x" } }, { body: ORDER }));
    const events: (RequestEvent | ResponseEvent)[] = [];
    const { client } = makeClient(s, { onRequest: (e) => events.push(e), onResponse: (e) => events.push(e) });
    await recharge(client, "k-hook");
    const business = events.filter((e) => e.path.endsWith("/recharge"));
    expect(business.map((e) => ("status" in e ? `${e.attempt}:${e.status}` : `${e.attempt}:sent`))).toEqual(["1:sent", "1:500", "2:sent", "2:200"]);
    const dump = JSON.stringify(events);
    expect(dump).not.toContain(TEST_API_KEY);
    expect(dump).not.toContain("tok-1");
    expect(dump).not.toContain("10.5");
  });

  it("a throwing hook does not break the call", async () => {
    const s = await serve(() => ({ body: EMPTY_PAGE }));
    const { client } = makeClient(s, { onRequest: () => { throw new Error("logger down"); } });
    await expect(client.issuing.cards.list()).resolves.toMatchObject({ total_items: 0 });
  });
});
