import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { isUqpayError } from "@/lib/uqpay/errors";
import { EmulatorTarget, newCardholder } from "./targets";

const VISA_SHARE = "467e993f-317a-49fc-9ea0-bf49de7d1f76";
let target: EmulatorTarget;

beforeAll(async () => {
  target = await EmulatorTarget.start();
});
afterEach(() => target.control("PUT", "/faults", { rules: [] }));
afterAll(() => target.close());

const tokenRequests = async (since: string) => (await target.requests("/api/v1/connect/token", since)).filter((r) => r.method === "POST");

async function cardsOf(cardholderId: string) {
  return (await target.client().issuing.cards.list({ cardholder_id: cardholderId })).data;
}

describe("access tokens", () => {
  it("twenty concurrent calls on a cold connection make exactly one token request", async () => {
    const since = await target.now();
    const uqpay = target.client();
    await Promise.all(Array.from({ length: 20 }, () => uqpay.issuing.products.list()));
    expect(await tokenRequests(since)).toHaveLength(1);
    await uqpay.issuing.balances.list();
    expect(await tokenRequests(since)).toHaveLength(1);
  });

  it("refreshes once when UQPAY says the token expired, then carries on", async () => {
    const uqpay = target.client();
    await uqpay.issuing.products.list();
    const since = await target.now();
    await target.control("POST", "/clock/advance", { seconds: 31 * 60 });
    await uqpay.issuing.products.list();
    expect(await tokenRequests(since)).toHaveLength(1);
  });

  it("turns wrong credentials into a 401 UqpayError that never echoes the key", async () => {
    const uqpay = target.client({}, { apiKey: "sk_contract_wrong_key_123" });
    const error = await uqpay.issuing.products.list().catch((e: unknown) => e);
    expect(isUqpayError(error) && error.httpStatus).toBe(401);
    expect(JSON.stringify(error)).not.toContain("sk_contract_wrong_key_123");
    expect(String((error as Error).message)).not.toContain("sk_contract_wrong_key_123");
  });
});

describe("idempotency", () => {
  it("replays the first response for the same key and body", async () => {
    const uqpay = target.client();
    const key = randomUUID();
    const input = newCardholder();
    const first = await uqpay.issuing.cardholders.create(input, { idempotencyKey: key });
    const again = await uqpay.issuing.cardholders.create(input, { idempotencyKey: key });
    expect(again.cardholder_id).toBe(first.cardholder_id);
  });

  it("refuses a key reused on another endpoint with key_mismatch_api", async () => {
    const uqpay = target.client();
    const key = randomUUID();
    await uqpay.issuing.cardholders.create(newCardholder(), { idempotencyKey: key });
    const error = await uqpay.issuing.cards.create({ card_product_id: VISA_SHARE, card_currency: "USD", card_limit: "5", cardholder_required_fields: newCardholder() }, { idempotencyKey: key }).catch((e: unknown) => e);
    expect(error).toMatchObject({ httpStatus: 400, type: "idempotency_error", code: "key_mismatch_api", outcome: "failed" });
  });
});

describe("retries under injected faults produce exactly one card", () => {
  const createCard = async (holder: string, options = {}) => {
    const uqpay = target.client(options);
    return uqpay.issuing.cards.create({ cardholder_id: holder, card_product_id: VISA_SHARE, card_currency: "USD", card_limit: "50" }, { idempotencyKey: randomUUID() });
  };
  const holder = async () => (await target.client().issuing.cardholders.create(newCardholder())).cardholder_id;

  it.each([
    ["two 500 api_errors", { kind: "error500", count: 2 }],
    ["a 429", { kind: "error429", count: 1 }],
    ["a committed request whose response was lost", { kind: "lost_response", count: 1 }],
  ])("%s", async (_label, fault) => {
    const id = await holder();
    await target.control("PUT", "/faults", { rules: [{ path: "/v1/issuing/cards", method: "POST", probability: 1, ...fault }] });
    const created = await createCard(id);
    expect(created.card_id).toBeTruthy();
    expect((await cardsOf(id)).map((c) => c.card_id)).toEqual([created.card_id]);
  });

  it("a hang past the client's timeout", async () => {
    const id = await holder();
    await target.control("PUT", "/faults", { rules: [{ path: "/v1/issuing/cards", method: "POST", kind: "hang", count: 1 }] });
    const created = await createCard(id, { timeoutMs: 400 });
    expect((await cardsOf(id)).map((c) => c.card_id)).toEqual([created.card_id]);
  });

  it("reports an unknown outcome when every attempt is lost, and the same key later settles it", async () => {
    const id = await holder();
    const key = randomUUID();
    await target.control("PUT", "/faults", { rules: [{ path: "/v1/issuing/cards", method: "POST", kind: "lost_response" }] });
    const uqpay = target.client({ retry: { maxAttempts: 2, baseDelayMs: 5, maxDelayMs: 10, deadlineMs: 5_000 } });
    const params = { cardholder_id: id, card_product_id: VISA_SHARE, card_currency: "USD", card_limit: "50" };
    const error = await uqpay.issuing.cards.create(params, { idempotencyKey: key }).catch((e: unknown) => e);
    expect(error).toMatchObject({ outcome: "unknown" });
    await target.control("PUT", "/faults", { rules: [] });
    const settled = await uqpay.issuing.cards.create(params, { idempotencyKey: key });
    expect((await cardsOf(id)).map((c) => c.card_id)).toEqual([settled.card_id]);
  });
});
