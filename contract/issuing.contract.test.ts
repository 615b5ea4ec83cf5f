import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isUqpayError, type UqpayError } from "@/lib/uqpay/errors";
import type { UqpayClient } from "@/lib/uqpay/client";
import { EmulatorTarget, newCardholder } from "./targets";

const VISA_SHARE = "467e993f-317a-49fc-9ea0-bf49de7d1f76";
const VISA_SINGLE = "8a1f3b6c-2d4e-4f70-8b19-000000000002";
const VISA_ADDRESS = "8a1f3b6c-2d4e-4f70-8b19-000000000003";

let target: EmulatorTarget;
let uqpay: UqpayClient;

beforeAll(async () => {
  target = await EmulatorTarget.start();
  uqpay = target.client();
});
afterAll(() => target.close());

async function failure(promise: Promise<unknown>): Promise<UqpayError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!isUqpayError(error)) throw new Error(`expected a UqpayError, got ${String(error)}`);
  return error;
}

async function activeCard(productId = VISA_SHARE, limit = "1000") {
  const holder = await uqpay.issuing.cardholders.create(newCardholder());
  const created = await uqpay.issuing.cards.create({ cardholder_id: holder.cardholder_id, card_product_id: productId, card_currency: "USD", card_limit: limit });
  await target.control("POST", "/tick");
  return { holder, created, card: await uqpay.issuing.cards.retrieve(created.card_id) };
}

describe("issuing, client ↔ emulator", () => {
  it("lists products with required_fields the client understands", async () => {
    const page = await uqpay.issuing.products.list({ page_size: 50 });
    expect(page.total_items).toBeGreaterThanOrEqual(6);
    const visa = page.data.find((p) => p.product_id === VISA_SHARE)!;
    expect(visa).toMatchObject({ card_bin: "40963608", card_scheme: "VISA", mode_type: "SHARE", product_status: "ENABLED" });
    expect(visa.card_currency).toEqual(expect.arrayContaining(["USD", "SGD"]));
    expect(visa.required_fields?.map((f) => f.name)).toEqual(expect.arrayContaining(["first_name", "email", "phone_number"]));
    const nested = page.data.find((p) => p.product_id === VISA_ADDRESS)!;
    expect(nested.required_fields?.find((f) => f.name === "residential_address")?.fields?.length).toBeGreaterThan(0);
  });

  it("creates, retrieves, filters and updates a cardholder (seed 000)", async () => {
    const input = newCardholder();
    const created = await uqpay.issuing.cardholders.create(input);
    expect(created.cardholder_status).toBe("SUCCESS");
    const holder = await uqpay.issuing.cardholders.retrieve(created.cardholder_id);
    expect(holder).toMatchObject({ cardholder_id: created.cardholder_id, first_name: "Alex", last_name: "Chen", email: input.email });
    const page = await uqpay.issuing.cardholders.list({ cardholder_status: "SUCCESS", page_size: 100 });
    expect(page.data.some((h) => h.cardholder_id === created.cardholder_id)).toBe(true);
    await uqpay.issuing.cardholders.update(created.cardholder_id, { email: `new.${input.email}` });
    expect((await uqpay.issuing.cardholders.retrieve(created.cardholder_id)).email).toBe(`new.${input.email}`);
  });

  it("issues a virtual card two-step: PENDING, then ACTIVE with the limit available (seed 000)", async () => {
    const holder = await uqpay.issuing.cardholders.create(newCardholder());
    const created = await uqpay.issuing.cards.create({ cardholder_id: holder.cardholder_id, card_product_id: VISA_SHARE, card_currency: "USD", card_limit: "1000" });
    expect(created).toMatchObject({ card_status: "PENDING", order_status: "PROCESSING" });
    await target.control("POST", "/tick");
    const card = await uqpay.issuing.cards.retrieve(created.card_id);
    expect(card).toMatchObject({ card_status: "ACTIVE", card_currency: "USD", card_bin: "40963608", mode_type: "SHARE" });
    expect(card.available_balance).toMatch(/^1000(\.00)?$/);
    expect(card.card_number).toMatch(/^\*{12}\d{4}$|^\d{8}\*{4}\d{4}$/);
    const list = await uqpay.issuing.cards.list({ cardholder_id: holder.cardholder_id });
    expect(list.data.map((c) => c.card_id)).toEqual([created.card_id]);
    const order = await uqpay.issuing.cards.retrieveOrder(created.card_order_id!);
    expect(order.card_id).toBe(created.card_id);
  });

  it("issues one-step with cardholder_required_fields (seed 001)", async () => {
    const result = await uqpay.issuing.cards.create({ card_product_id: VISA_SHARE, card_currency: "USD", card_limit: "500.00", cardholder_required_fields: newCardholder() });
    expect(result).toMatchObject({ card_status: "PENDING", cardholder_created: true, cardholder_status: "SUCCESS" });
    expect(result.cardholder_id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("reports missing one-step fields as missing_fields the client exposes (seed 001)", async () => {
    const error = await failure(uqpay.issuing.cards.create({ card_product_id: VISA_SHARE, card_currency: "USD", card_limit: "5", cardholder_required_fields: { phone_number: "91234567" } }));
    expect(error).toMatchObject({ httpStatus: 400, type: "cardholder_error", code: "cardholder_incomplete_fields", outcome: "failed", retryable: false });
    expect(error.missingFields?.map((f) => f.name)).toEqual(expect.arrayContaining(["email", "first_name", "last_name", "country_code"]));
    // The client refuses "neither cardholder_id nor cardholder_required_fields" before sending.
    const neither = await failure(uqpay.issuing.cards.create({ card_product_id: VISA_SHARE, card_currency: "USD", card_limit: "5" } as never));
    expect(neither).toMatchObject({ code: "client_validation_error", outcome: "failed" });
  });

  it("answers envelope A business rules the client parses (duplicate email, bad name)", async () => {
    const input = newCardholder();
    await uqpay.issuing.cardholders.create(input);
    const dup = await failure(uqpay.issuing.cardholders.create({ ...newCardholder(), email: input.email }));
    expect(dup).toMatchObject({ httpStatus: 400, type: "cardholder_error", code: "email_duplicated", legacy: false });
    const name = await failure(uqpay.issuing.cardholders.create({ ...newCardholder(), first_name: "Al3x" }));
    expect(name.code).toBe("invalid_first_name");
  });

  it("answers envelope B (legacy flat 400) the client marks as legacy", async () => {
    const { card } = await activeCard();
    await uqpay.issuing.cards.updateStatus(card.card_id, { card_status: "CANCELLED" });
    const error = await failure(uqpay.issuing.cards.updateStatus(card.card_id, { card_status: "ACTIVE" }));
    expect(error).toMatchObject({ httpStatus: 400, legacy: true, code: "400", message: "Card status is invalid", outcome: "failed" });
  });

  it("moves the card through the lifecycle of seed 002 with the clock", async () => {
    const { card } = await activeCard();
    await uqpay.issuing.cards.updateStatus(card.card_id, { card_status: "FROZEN", update_reason: "suspicious" });
    await target.control("POST", "/tick");
    expect((await uqpay.issuing.cards.retrieve(card.card_id)).card_status).toBe("FROZEN");
    await uqpay.issuing.cards.updateStatus(card.card_id, { card_status: "ACTIVE" });
    await uqpay.issuing.cards.updateStatus(card.card_id, { card_status: "CANCELLED" });
    expect((await uqpay.issuing.cards.retrieve(card.card_id)).card_status).toBe("PRE_CANCEL");
    await target.control("POST", "/clock/advance", { seconds: 30 * 24 * 3600 + 60 });
    expect((await uqpay.issuing.cards.retrieve(card.card_id)).card_status).toBe("CANCELLED");
  });

  it("funds a SINGLE card and reconciles the issuing balance", async () => {
    const before = await uqpay.issuing.balances.retrieve("USD");
    const { card } = await activeCard(VISA_SINGLE, "100");
    await uqpay.issuing.cards.recharge(card.card_id, { amount: "25.50" });
    await uqpay.issuing.cards.withdraw(card.card_id, { amount: "10.25" });
    const after = await uqpay.issuing.cards.retrieve(card.card_id);
    expect(after.available_balance).toMatch(/^115\.25?0?$/);
    const balance = await uqpay.issuing.balances.retrieve("USD");
    expect(Number(before.available_balance) - Number(balance.available_balance)).toBeCloseTo(115.25, 2);
    const moves = await uqpay.issuing.balances.listTransactions({ page_size: 100 });
    expect(moves.data.length).toBeGreaterThan(0);
    const tooMuch = await failure(uqpay.issuing.cards.withdraw(card.card_id, { amount: "1000" }));
    expect(tooMuch.message).toBe("Card available limit insufficient");
  });

  it("simulates an authorization and its reversal on the simulator BIN", async () => {
    const { card } = await activeCard();
    const auth = await uqpay.simulator.authorize({ card_id: card.card_id, transaction_amount: "70.25", transaction_currency: "USD", merchant_name: "Contract Shop", merchant_category_code: "5734" });
    expect(auth.transaction_id).toBeTruthy();
    const afterAuth = await uqpay.issuing.cards.retrieve(card.card_id);
    expect(afterAuth.available_balance).toMatch(/^929\.75$/);
    const txns = await uqpay.issuing.transactions.list({ card_id: card.card_id, page_size: 10 });
    expect(txns.data.some((t) => t.transaction_id === auth.transaction_id)).toBe(true);
    const one = await uqpay.issuing.transactions.retrieve(auth.transaction_id);
    expect(one.card_id).toBe(card.card_id);
    await uqpay.simulator.reverse({ transaction_id: auth.transaction_id });
    expect((await uqpay.issuing.cards.retrieve(card.card_id)).available_balance).toMatch(/^1000(\.00)?$/);
    const wrongMcc = await failure(uqpay.simulator.authorize({ card_id: card.card_id, transaction_amount: "1", transaction_currency: "USD", merchant_name: "X", merchant_category_code: "5411" }));
    expect(wrongMcc.message).toBe("MCC is error");
  });

  it("reveals secure details, and answers 403 forbidden without the permission", async () => {
    const { card } = await activeCard();
    const details = await uqpay.issuing.cards.secureDetails(card.card_id);
    expect(details.card_number).toMatch(/^\d{16}$/);
    expect(details.cvv).toMatch(/^\d{3}$/);
    const accounts = await target.control<{ data: { account_id: string }[] }>("GET", "/accounts");
    const accountId = accounts.data[0].account_id;
    await target.control("PUT", `/accounts/${accountId}/settings`, { secure_details_allowed: false });
    const error = await failure(uqpay.issuing.cards.secureDetails(card.card_id));
    expect(error).toMatchObject({ httpStatus: 403, code: "forbidden", type: "unauthorized_error" });
    await target.control("PUT", `/accounts/${accountId}/settings`, { secure_details_allowed: true });
  });
});
