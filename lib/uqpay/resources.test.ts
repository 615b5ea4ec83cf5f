import { afterEach, describe, expect, it } from "vitest";
import { createUqpayClient, UQPAY_PRODUCTION_BASE_URL } from "./client";
import { UqpayError } from "./errors";
import { isKnown } from "./schemas/common";
import { CARD_STATUSES } from "./schemas/issuing-cards";
import { makeClient } from "./testing/make-client";
import { type Stub, type StubHandler, startStub } from "./testing/stub-server";

let stub: Stub | undefined;
afterEach(async () => {
  await stub?.close();
  stub = undefined;
});

async function serve(handler: StubHandler) {
  stub = await startStub(handler);
  return stub;
}

async function rejection(promise: Promise<unknown>): Promise<UqpayError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(UqpayError);
  return error as UqpayError;
}

const CARD_ID = "50418faa-57a8-4ce2-9157-621b00b13a3b";

describe("tolerant response schemas", () => {
  it("accepts amounts as numbers or strings, unknown enum values and extra fields", async () => {
    const s = await serve(() => ({
      body: {
        card_id: CARD_ID,
        card_status: "SUSPENDED",
        card_limit: 2100.02,
        available_balance: "2000.05",
        consumed_amount: "51.00",
        no_pin_payment_amount: "2000USD",
        metadata: "",
        spending_controls: [{ amount: "100", interval: "PER_TRANSACTION" }],
        cardholder: { cardholder_id: "h1", cardholder_status: "SUCCESS", create_time: "2024-05-09 15:52:23" },
        brand_new_field: { nested: true },
      },
    }));
    const { client } = makeClient(s);
    const card = await client.issuing.cards.retrieve(CARD_ID);
    expect(card.card_limit).toBe("2100.02");
    expect(card.available_balance).toBe("2000.05");
    expect(card.consumed_amount).toBe("51");
    expect(card.no_pin_payment_amount).toBe("2000USD");
    expect(card.metadata).toBeNull();
    expect(card.spending_controls?.[0].amount).toBe("100");
    expect(card.card_status).toBe("SUSPENDED");
    expect(isKnown(CARD_STATUSES, card.card_status!)).toBe(false);
    expect(card.cardholder?.create_time).toBe("2024-05-09 15:52:23");
    expect((card as Record<string, unknown>).brand_new_field).toEqual({ nested: true });
  });

  it("tolerates string page counts, null data and the webhook-style merchant_data array", async () => {
    const s = await serve((req) =>
      req.path.endsWith("/transactions")
        ? { body: { total_pages: "1", total_items: "1", data: [{ transaction_id: "t1", billing_amount: 70.25, authorization_code: 856268, merchant_data: [{ name: "Shop", category_code: "5734" }] }] } }
        : { body: { total_pages: 0, total_items: 0, data: null } },
    );
    const { client } = makeClient(s);
    const txns = await client.issuing.transactions.list({ card_id: CARD_ID });
    expect(txns.total_items).toBe(1);
    expect(txns.data[0]).toMatchObject({ billing_amount: "70.25", authorization_code: "856268", merchant_data: { name: "Shop" } });
    const cards = await client.issuing.cards.list();
    expect(cards.data).toEqual([]);
  });

  it("reports a malformed 2xx as invalid_response with an unknown outcome", async () => {
    const s = await serve(() => ({ body: { card_status: "ACTIVE" } }));
    const { client } = makeClient(s);
    const error = await rejection(client.issuing.cards.retrieve(CARD_ID));
    expect(error).toMatchObject({ code: "invalid_response", outcome: "unknown", retryable: false });
    expect(error.message).toContain("card_id");
  });

  it("rejects garbage in an amount field", async () => {
    const s = await serve(() => ({ body: { card_id: CARD_ID, card_limit: "lots" } }));
    const { client } = makeClient(s);
    expect((await rejection(client.issuing.cards.retrieve(CARD_ID))).code).toBe("invalid_response");
  });
});

describe("product schema", () => {
  it("reads required_fields (incl. Java-style keys) and single-string lists", async () => {
    const s = await serve(() => ({
      body: {
        total_pages: 1,
        total_items: 1,
        data: [{
          product_id: "467e993f-317a-49fc-9ea0-bf49de7d1f76", card_bin: "40963608", card_form: "VIR", card_currency: ["USD", "SGD"],
          max_card_quota: "100", no_pin_payment_amount: [{ amount: "200", currency: "SGD" }],
          required_fields: [
            { name: "first_name", type: "string", required: true },
            { field_name: "kyc_verification", field_type: "object", required: false, fields: [{ name: "method", type: "string", required: true }] },
          ],
        }],
      },
    }));
    const { client } = makeClient(s);
    const [product] = (await client.issuing.products.list()).data;
    expect(product.card_form).toEqual(["VIR"]);
    expect(product.max_card_quota).toBe(100);
    expect(product.required_fields?.map((f) => f.name)).toEqual(["first_name", "kyc_verification"]);
    expect(product.required_fields?.[1].fields?.[0].name).toBe("method");
  });
});

describe("issuing requests", () => {
  it("creates a card two-step with JSON-number amounts", async () => {
    const s = await serve(() => ({ body: { card_id: CARD_ID, card_order_id: "o1", card_status: "PENDING", order_status: "PROCESSING" } }));
    const { client } = makeClient(s);
    const res = await client.issuing.cards.create(
      { cardholder_id: "h1", card_product_id: "p1", card_currency: "USD", card_limit: "1000.50", spending_controls: [{ amount: "0.29", interval: "PER_TRANSACTION" }] },
      { idempotencyKey: "op-1" },
    );
    expect(res.order_status).toBe("PROCESSING");
    expect(s.requests[0].rawBody).toBe('{"cardholder_id":"h1","card_product_id":"p1","card_currency":"USD","card_limit":1000.5,"spending_controls":[{"amount":0.29,"interval":"PER_TRANSACTION"}]}');
  });

  it("creates a card one-step with cardholder_required_fields and no cardholder_id", async () => {
    const s = await serve(() => ({
      body: { card_id: CARD_ID, cardholder_id: "new-h", cardholder_created: true, card_status: "PENDING", verification_status: "VERIFIED", message: "card creation in progress" },
    }));
    const { client } = makeClient(s);
    const fields = { email: "alex@example.com", first_name: "Alex", last_name: "Chen", country_code: "SG", phone_number: "90851548" };
    const res = await client.issuing.cards.create({ card_product_id: "p1", card_currency: "USD", card_limit: 500, cardholder_required_fields: fields });
    expect(res).toMatchObject({ cardholder_id: "new-h", cardholder_created: true });
    expect(s.requests[0].body).toEqual({ card_product_id: "p1", card_currency: "USD", card_limit: 500, cardholder_required_fields: fields });
  });

  it("refuses to send a card create with no cardholder at all, or bad amounts", async () => {
    const s = await serve(() => ({ body: {} }));
    const { client } = makeClient(s);
    const neither = { card_product_id: "p1", card_currency: "USD" } as unknown as Parameters<typeof client.issuing.cards.create>[0];
    expect((await rejection(client.issuing.cards.create(neither))).code).toBe("client_validation_error");
    expect((await rejection(client.issuing.cards.recharge(CARD_ID, { amount: "-5" }))).outcome).toBe("failed");
    expect((await rejection(client.issuing.cards.withdraw(CARD_ID, { amount: "0" }))).code).toBe("client_validation_error");
    expect((await rejection(client.issuing.cards.recharge(CARD_ID, { amount: "1.0001" }))).code).toBe("client_validation_error");
    expect(s.requests).toHaveLength(0);
  });

  it("validates issuing page sizes (10-100) and sends filters", async () => {
    const s = await serve(() => ({ body: { total_pages: 0, total_items: 0, data: [] } }));
    const { client } = makeClient(s);
    expect((await rejection(client.issuing.cards.list({ page_size: 5 }))).code).toBe("client_validation_error");
    expect((await rejection(client.issuing.cardholders.list({ page_number: 0 }))).code).toBe("client_validation_error");
    await client.issuing.cards.list({ page_size: 50, page_number: 2, card_status: "ACTIVE", cardholder_id: "h1" });
    await client.issuing.cardholders.list({ cardholder_status: "PENDING" });
    const [cards, holders] = s.requests;
    expect(Object.fromEntries(cards.query)).toEqual({ page_size: "50", page_number: "2", card_status: "ACTIVE", cardholder_id: "h1" });
    expect(Object.fromEntries(holders.query)).toEqual({ page_size: "10", page_number: "1", cardholder_status: "PENDING" });
  });

  it("uses the documented paths and methods", async () => {
    const s = await serve((req) => {
      if (req.path.endsWith("/secure")) return { body: { card_number: "4096360812341764", cvv: 123, expire_date: "12/28" } };
      if (req.path.endsWith("/token")) return { body: { token: "pan_x", expires_in: 60 } };
      if (req.path.endsWith("/order")) return { body: { card_order_id: "o9", amount: 100.02, order_type: "CREATE_CARD" } };
      if (req.path.endsWith("/balances")) return { body: { currency: "USD", available_balance: "10000" } };
      if (req.path.includes("/cardholders")) return { body: { cardholder_id: "h1", cardholder_status: "SUCCESS" } };
      return { body: { card_id: CARD_ID, order_status: "PENDING" } };
    });
    const { client } = makeClient(s);
    expect((await client.issuing.cards.secureDetails(CARD_ID)).cvv).toBe("123");
    await client.issuing.cards.panToken(CARD_ID);
    expect((await client.issuing.cards.retrieveOrder("o9")).amount).toBe("100.02");
    expect((await client.issuing.balances.retrieve("usd")).available_balance).toBe("10000");
    await client.issuing.cards.updateStatus(CARD_ID, { card_status: "FROZEN" });
    await client.issuing.cardholders.update("h1", { email: "new@example.com" });
    const calls = s.requests.map((r) => `${r.method} ${r.path.replace("/api", "")} ${r.rawBody}`);
    expect(calls).toEqual([
      `GET /v1/issuing/cards/${CARD_ID}/secure `,
      `POST /v1/issuing/cards/${CARD_ID}/token {}`,
      "GET /v1/issuing/cards/o9/order ",
      'POST /v1/issuing/balances {"currency":"USD"}',
      `POST /v1/issuing/cards/${CARD_ID}/status {"card_status":"FROZEN"}`,
      'POST /v1/issuing/cardholders/h1 {"email":"new@example.com"}',
    ]);
  });

  it("sends simulator amounts as numbers and refuses the simulator in production", async () => {
    const s = await serve(() => ({ body: { transaction_id: "t1", transaction_status: "APPROVED", card_available_balance: 2506.26 } }));
    const { client } = makeClient(s);
    const txn = await client.simulator.authorize({ card_id: CARD_ID, transaction_amount: "70.25", transaction_currency: "USD", merchant_name: "Shop", merchant_category_code: "5734" });
    expect(txn.card_available_balance).toBe("2506.26");
    expect(s.requests[0].body).toMatchObject({ transaction_amount: 70.25 });
    const prod = createUqpayClient({ id: "p", baseUrl: UQPAY_PRODUCTION_BASE_URL, clientId: "c", apiKey: "k" });
    expect((await rejection(prod.simulator.reverse({ transaction_id: "t1" }))).code).toBe("client_validation_error");
  });
});

describe("acquiring requests", () => {
  const PI = { payment_intent_id: "PI1933438751883661312", amount: 8.98, currency: "SGD", intent_status: "REQUIRES_PAYMENT_METHOD" };

  it("sends decimal-string amounts and normalises numeric ones in responses", async () => {
    const s = await serve(() => ({ body: { ...PI, intent_status: "SOMETHING_NEW", latest_payment_attempt: { attempt_id: "PA1", captured_amount: 8.98 } } }));
    const { client } = makeClient(s);
    const pi = await client.acquiring.paymentIntents.create(
      { amount: "8.98", currency: "SGD", merchant_order_id: "order-1", description: "Test", return_url: "https://example.com/cb" },
      { idempotencyKey: "pi-op-1" },
    );
    expect(pi.amount).toBe("8.98");
    expect(pi.intent_status).toBe("SOMETHING_NEW");
    expect(pi.latest_payment_attempt?.captured_amount).toBe("8.98");
    expect(s.requests[0].body).toMatchObject({ amount: "8.98", currency: "SGD" });
    expect(s.requests[0].headers["x-idempotency-key"]).toBe("pi-op-1");
  });

  it("checks amount precision against the currency before sending", async () => {
    const s = await serve(() => ({ body: PI }));
    const { client } = makeClient(s);
    const bad = client.acquiring.paymentIntents.create({ amount: "100.5", currency: "JPY", merchant_order_id: "o", description: "d", return_url: "https://e" });
    expect((await rejection(bad)).code).toBe("client_validation_error");
    expect(s.requests).toHaveLength(0);
  });

  it("covers confirm, capture, cancel, attempts and refunds", async () => {
    const s = await serve((req) => {
      if (req.path.includes("/refunds")) return { body: req.method === "GET" && !req.path.endsWith("R1") ? { total_pages: 1, total_items: 0, data: [] } : { payment_refund_id: "R1", amount: "0.001", refund_status: "INITIATED" } };
      if (req.path.includes("/payment_attempts")) return { body: req.path.endsWith("PA1") ? { attempt_id: "PA1", attempt_status: "CAPTURE_REQUESTED" } : { total_pages: 1, total_items: 0, data: [] } };
      return { body: PI };
    });
    const { client } = makeClient(s);
    await client.acquiring.paymentIntents.confirm("PI1", { payment_method: { type: "card", card: { card_number: "5346930100108117" } } });
    await client.acquiring.paymentIntents.capture("PI1", { amount_to_capture: 5 });
    await client.acquiring.paymentIntents.cancel("PI1", { cancellation_reason: "requested_by_customer" });
    await client.acquiring.paymentIntents.list({ page_size: 5, payment_intent_status: "SUCCEEDED" });
    await client.acquiring.paymentAttempts.list({ payment_intent_id: "PI1" });
    await client.acquiring.paymentAttempts.retrieve("PA1");
    const refund = await client.acquiring.refunds.create({ payment_intent_id: "PI1", amount: "1.00", reason: "customer asked" });
    await client.acquiring.refunds.list({ payment_intent_id: "PI1" });
    await client.acquiring.refunds.retrieve("R1");
    expect(refund.amount).toBe("0.001");
    const calls = s.requests.map((r) => `${r.method} ${r.path.replace("/api", "")}${r.query.size ? `?${r.query}` : ""} ${r.rawBody}`);
    expect(calls).toEqual([
      'POST /v2/payment_intents/PI1/confirm {"payment_method":{"type":"card","card":{"card_number":"5346930100108117"}}}',
      'POST /v2/payment_intents/PI1/capture {"amount_to_capture":"5"}',
      'POST /v2/payment_intents/PI1/cancel {"cancellation_reason":"requested_by_customer"}',
      "GET /v2/payment_intents?page_size=5&page_number=1&payment_intent_status=SUCCEEDED ",
      "GET /v2/payment/payment_attempts?page_size=10&page_number=1&payment_intent_id=PI1 ",
      "GET /v2/payment/payment_attempts/PA1 ",
      'POST /v2/payment/refunds {"payment_intent_id":"PI1","amount":"1","reason":"customer asked"}',
      "GET /v2/payment/refunds?page_size=10&page_number=1&payment_intent_id=PI1 ",
      "GET /v2/payment/refunds/R1 ",
    ]);
    expect(s.requests.every((r) => r.headers["x-client-id"] === "client-abc")).toBe(true);
  });
});
