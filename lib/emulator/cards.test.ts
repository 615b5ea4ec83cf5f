import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { SEEDED } from "./seed-data";
import { Harness } from "./testing/harness";

const P = SEEDED.products;
let h: Harness;
beforeAll(async () => {
  h = await Harness.start();
}, 60_000);
afterAll(() => h.close());
beforeEach(() => h.reset());

const createCard = (body: Record<string, unknown>) => h.post("/v1/issuing/cards", { card_product_id: P.visaShare, card_currency: "USD", ...body });
const oneStep = (fields: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  createCard({ card_limit: 500, cardholder_required_fields: fields, ...extra });
const person = { email: "one.step@example.com", first_name: "Alex", last_name: "Chen", country_code: "SG", phone_number: "90851548" };
// A cardholder waiting on IDV keeps its cards PENDING however the clock moves.
const pendingCard = async () => h.card(P.visaShare, { cardholder_id: await h.cardholder({ kyc_verification: { method: "SUMSUB_REDIRECT" } }) }, false);
const usd = async () => (await h.post("/v1/issuing/balances", { currency: "USD" }, null)).body.available_balance;

describe("create card", () => {
  it("two-step: PENDING/PROCESSING, then ACTIVE on the emulated clock", async () => {
    h.emu.runtime.config.activationDelayMs = 5000;
    try {
      const holder = await h.cardholder();
      const res = await h.post("/v1/issuing/cards", { cardholder_id: holder, card_product_id: P.visaShare, card_currency: "USD", card_limit: 1000 });
      expect(res.body).toMatchObject({ card_status: "PENDING", order_status: "PROCESSING" });
      expect(Object.keys(res.body).sort()).toEqual(["card_id", "card_order_id", "card_status", "create_time", "order_status"]);
      const id = res.body.card_id as string;
      expect((await h.get(`/v1/issuing/cards/${id}`)).body.card_status).toBe("PENDING");
      await h.advance(5);
      const card = await h.get(`/v1/issuing/cards/${id}`);
      expect(card.body).toMatchObject({ card_status: "ACTIVE", card_limit: "1000.00", available_balance: "1000.00", consumed_amount: "0.00", form_factor: "VIRTUAL", mode_type: "SHARE", card_bin: "40963608" });
      expect(card.body.card_number).toMatch(/^40963608\*{4}\d{4}$/);
      const order = await h.get(`/v1/issuing/cards/${res.body.card_order_id}/order`);
      expect(order.body).toMatchObject({ order_type: "CARD_CREATE", order_status: "SUCCESS", card_id: id });
    } finally {
      h.emu.runtime.config.activationDelayMs = 0;
    }
  });

  it("one-step creates the cardholder in the same call", async () => {
    const res = await oneStep(person);
    expect(res.body).toMatchObject({ card_status: "PENDING", order_status: "PROCESSING", cardholder_status: "SUCCESS", cardholder_created: true, verification_status: "VERIFIED", message: "card creation in progress" });
    const holder = await h.get(`/v1/issuing/cardholders/${res.body.cardholder_id}`);
    expect(holder.body).toMatchObject({ email: person.email, number_of_cards: 1 });
  });

  it("one-step errors: missing info, incomplete fields with names, cardholder rules", async () => {
    expect((await createCard({ card_limit: 5 })).body).toEqual({
      type: "cardholder_error", code: "cardholder_missing_info", message: "either cardholder_id or complete cardholder_required_fields must be provided",
    });
    const incomplete = await oneStep({ phone_number: "90851548" });
    expect(incomplete.body).toMatchObject({ code: "cardholder_incomplete_fields" });
    expect(incomplete.body.missing_fields).toEqual(expect.arrayContaining(["email", "first_name", "last_name", "country_code"]));
    expect((await oneStep({ ...person, first_name: "Al3x" })).body).toMatchObject({ code: "invalid_first_name" });
    await oneStep(person);
    expect((await oneStep({ ...person, phone_number: "80000001" })).body).toMatchObject({ code: "email_duplicated" });
  });

  it("one-step against nested required_fields (residential_address)", async () => {
    const missing = await oneStep(person, { card_product_id: P.visaAddress });
    expect(missing.body.missing_fields).toEqual(expect.arrayContaining(["date_of_birth", "residential_address"]));
    const partial = await oneStep({ ...person, date_of_birth: "1990-01-01", residential_address: { country: "SG" } }, { card_product_id: P.visaAddress });
    expect(partial.body.missing_fields).toEqual(["residential_address"]);
    const ok = await oneStep({ ...person, date_of_birth: "1990-01-01", residential_address: { country: "SG", city: "Singapore", line1: "1 Raffles Pl" } }, { card_product_id: P.visaAddress });
    expect(ok.status).toBe(200);
  });

  it("two-step KYC shortfall: kyc_insufficient, then supplement via cardholder_required_fields", async () => {
    const holder = await h.cardholder();
    const short = await createCard({ cardholder_id: holder, card_product_id: P.visaAddress });
    expect(short.body).toMatchObject({ type: "cardholder_error", code: "kyc_insufficient" });
    expect((short.body.missing_fields as { name: string }[]).map((f) => f.name).sort()).toEqual(["date_of_birth", "residential_address"]);
    const stillShort = await createCard({ cardholder_id: holder, card_product_id: P.visaAddress, cardholder_required_fields: { date_of_birth: "1990-01-01" } });
    expect(stillShort.body).toMatchObject({ code: "supplement_fields_incomplete" });
    const ok = await createCard({
      cardholder_id: holder, card_product_id: P.visaAddress,
      cardholder_required_fields: { date_of_birth: "1990-01-01", residential_address: { country: "SG", city: "Singapore", line1: "1 Raffles Pl" } },
    });
    expect(ok.status).toBe(200);
  });

  it("ENHANCED KYC: SUMSUB_REDIRECT waits for IDV; THIRD_PARTY verifies at once", async () => {
    const extra = { date_of_birth: "1990-01-01", nationality: "SG" };
    const sumsub = await oneStep({ ...person, ...extra, kyc_verification: { method: "SUMSUB_REDIRECT" } }, { card_product_id: P.visaEnhanced });
    expect(sumsub.body).toMatchObject({ card_status: "PENDING", cardholder_status: "INCOMPLETE", kyc_method: "SUMSUB_REDIRECT", verification_status: "ACTION_REQUIRED" });
    expect(sumsub.body.idv_verification_url).toBeTruthy();
    await h.advance(3600);
    await h.login();
    expect((await h.get(`/v1/issuing/cards/${sumsub.body.card_id}`)).body.card_status).toBe("PENDING");
    await h.control("POST", `/cardholders/${sumsub.body.cardholder_id}/idv`, { result: "approve" });
    await h.control("POST", "/tick");
    expect((await h.get(`/v1/issuing/cards/${sumsub.body.card_id}`)).body.card_status).toBe("ACTIVE");

    const proof = { method: "THIRD_PARTY", kyc_proof: { provider: "Onfido", reference_id: "REF-9876543210" } };
    const third = await oneStep({ ...person, email: "b@example.com", phone_number: "90000002", ...extra, kyc_verification: proof }, { card_product_id: P.visaEnhanced });
    expect(third.body).toMatchObject({ cardholder_status: "SUCCESS", verification_status: "VERIFIED" });
    expect((await oneStep({ ...person, ...extra }, { card_product_id: P.visaEnhanced })).body.missing_fields).toEqual(["kyc_verification"]);
  });

  it("refuses cardholders under review or rejected", async () => {
    const B64 = Buffer.from("x").toString("base64");
    const review = await h.cardholder({ identity: { type: "PASSPORT", number: "REVIEW-7", front_file: B64 }, date_of_birth: "1990-01-01" });
    expect((await createCard({ cardholder_id: review })).body).toMatchObject({ code: "cardholder_kyc_pending" });
    const manual = await h.cardholder({ identity: { type: "PASSPORT", number: "MANUAL-7", front_file: B64 }, date_of_birth: "1990-01-01" });
    expect((await createCard({ cardholder_id: manual })).body).toMatchObject({ code: "document_review_required" });
    const rejected = await h.cardholder({ identity: { type: "PASSPORT", number: "REJECT-7", front_file: B64 }, date_of_birth: "1990-01-01" });
    expect((await createCard({ cardholder_id: rejected })).body).toMatchObject({ code: "cardholder_kyc_failed" });
    expect((await createCard({ cardholder_id: crypto.randomUUID() })).body).toMatchObject({ code: "cardholder_not_found" });
  });

  it("product, currency, limit and option rules", async () => {
    const holder = await h.cardholder();
    const c = (body: Record<string, unknown>) => createCard({ cardholder_id: holder, ...body });
    expect((await c({ card_product_id: P.disabled })).body).toMatchObject({ type: "account_error", code: "product_not_found" });
    expect((await c({ card_product_id: crypto.randomUUID() })).body).toMatchObject({ code: "product_not_found" });
    expect((await c({ card_currency: "EUR" })).body).toMatchObject({ type: "card_error", code: "currency_not_allowed" });
    expect((await c({ card_limit: 100001 })).body).toMatchObject({ code: "limit_out_of_range" });
    expect((await c({ card_limit: -1 })).body).toEqual({ code: 400, message: "Card limit is illegal" });
    expect((await c({ card_product_id: P.mastercard })).body).toMatchObject({ code: "limit_out_of_range" });
    expect((await c({ card_product_id: P.mastercard, card_limit: 0.01 })).status).toBe(200);
    expect((await c({ usage_type: "ONE_TIME" })).body).toEqual({ type: "card_error", code: "auto_cancel_trigger cannot be empty" });
    expect((await c({ usage_type: "ONE_TIME", auto_cancel_trigger: "SOMETIME" })).body).toMatchObject({ code: "invalid auto_cancel_trigger" });
    expect((await c({ expiry_at: "2001-01-01T00:00:00+08:00" })).body).toMatchObject({ code: "invalid expiry_at" });
    expect((await c({ risk_controls: { allowed_mcc: ["5734"], blocked_mcc: ["5812"] } })).body).toMatchObject({ code: "risk_control_not_allowed" });
    expect((await c({ card_limit: "250.50" })).status).toBe(200);
  });

  it("account toggles: blocked product, exhausted BIN, deactivated account; form bodies", async () => {
    const holder = await h.cardholder();
    await h.control("PUT", `/accounts/${SEEDED.accountId}/settings`, { blocked_products: [P.mastercard], exhausted_bins: ["40963608"] });
    expect((await createCard({ cardholder_id: holder, card_product_id: P.mastercard, card_limit: 1 })).body).toMatchObject({ code: "operation_not_authorized" });
    expect((await createCard({ cardholder_id: holder })).body).toMatchObject({ type: "card_error", code: "insufficient_sub_bin" });
    const form = await h.raw("POST", "/v1/issuing/cards", "card_currency=USD", {
      "x-auth-token": `Bearer ${h.token}`, "x-idempotency-key": crypto.randomUUID(), "content-type": "application/x-www-form-urlencoded",
    });
    expect(form.body).toEqual({ code: 400, message: "Content type is not supported, please upload the correct format" });
    await h.control("PUT", `/accounts/${SEEDED.accountId}/settings`, { active: false });
    expect((await h.get("/v1/issuing/cards")).body).toMatchObject({ type: "account_error", code: "account_not_found" });
  });

  it("quotas per cardholder and per account", async () => {
    await h.control("PUT", `/accounts/${SEEDED.accountId}/settings`, { cardholder_card_quota: 1, card_quota: 2 });
    const holder = await h.cardholder();
    expect((await createCard({ cardholder_id: holder })).status).toBe(200);
    expect((await createCard({ cardholder_id: holder })).body).toMatchObject({ code: "cardholder_quota_exceeded" });
    expect((await createCard({ cardholder_id: await h.cardholder() })).status).toBe(200);
    expect((await createCard({ cardholder_id: await h.cardholder() })).body).toMatchObject({ code: "account_quota_exceeded" });
  });

  it("SINGLE cards take their limit from the issuing balance; too much fails", async () => {
    const holder = await h.cardholder();
    const ok = await createCard({ cardholder_id: holder, card_product_id: P.visaSingle, card_limit: 250 });
    expect(ok.status).toBe(200);
    expect(await usd()).toBe("99750.00");
    const big = await createCard({ cardholder_id: holder, card_product_id: P.visaSingle, card_limit: 50000 });
    expect(big.status).toBe(200);
    const broke = await createCard({ cardholder_id: holder, card_product_id: P.visaSingle, card_limit: 50000 });
    expect(broke.body).toMatchObject({ type: "account_error", code: "account_balance_error" });
  });
});

describe("list and retrieve cards", () => {
  it("filters by status, cardholder and card number, newest first", async () => {
    const holder = await h.cardholder();
    const a = await h.card(P.visaShare, { cardholder_id: holder });
    const b = await h.card(P.visaShare);
    await h.post(`/v1/issuing/cards/${b}/status`, { card_status: "FROZEN" });
    const all = await h.get<{ data: { card_id: string; cardholder: Record<string, unknown> }[]; total_items: number }>("/v1/issuing/cards");
    expect(all.body.data.map((c) => c.card_id)).toEqual([b, a]);
    expect(Object.keys(all.body.data[0].cardholder).sort()).toEqual(["cardholder_id", "cardholder_status", "create_time", "email", "first_name", "last_name"]);
    expect((await h.get("/v1/issuing/cards?card_status=FROZEN")).body.total_items).toBe(1);
    expect((await h.get(`/v1/issuing/cards?cardholder_id=${holder}`)).body.total_items).toBe(1);
    expect((await h.get(`/v1/issuing/cards?cardholder_id=${crypto.randomUUID()}`)).body).toEqual({ code: 400, message: "Cardholder not found or deactivated" });
    const secure = await h.get(`/v1/issuing/cards/${a}/secure`);
    const pan = secure.body.card_number as string;
    expect((await h.get(`/v1/issuing/cards?card_number=${pan}`)).body.total_items).toBe(1);
    expect((await h.get(`/v1/issuing/cards/${crypto.randomUUID()}`)).body).toMatchObject({ type: "card_error", code: "card_not_found" });
  });
});

describe("card state machine", () => {
  it("ACTIVE ⇄ FROZEN, CANCELLED → PRE_CANCEL → CANCELLED after 30 days, never back", async () => {
    const id = await h.card(P.visaShare);
    const status = (s: string) => h.post(`/v1/issuing/cards/${id}/status`, { card_status: s, update_reason: "test" });
    const cur = async () => (await h.get(`/v1/issuing/cards/${id}`)).body.card_status;
    expect((await status("ACTIVE")).body).toEqual({ code: 400, message: "Card status is invalid" });
    const frozen = await status("FROZEN");
    expect(frozen.body).toMatchObject({ card_id: id, order_status: "PENDING" });
    expect(await cur()).toBe("FROZEN");
    expect((await status("FROZEN")).body).toMatchObject({ message: "Card status is invalid" });
    await status("ACTIVE");
    await status("CANCELLED");
    expect(await cur()).toBe("PRE_CANCEL");
    expect((await status("ACTIVE")).body).toMatchObject({ message: "Card status is invalid" });
    expect((await status("CANCELLED")).body).toMatchObject({ message: "The card currently does not support cancel" });
    await h.advance(30 * 24 * 3600 - 60);
    await h.login();
    expect(await cur()).toBe("PRE_CANCEL");
    await h.advance(120);
    await h.login();
    expect(await cur()).toBe("CANCELLED");
    expect((await status("ACTIVE")).body).toMatchObject({ message: "Card status is invalid" });
    expect((await status("LOST")).body).toMatchObject({ type: "invalid_request_error" });
    expect((await h.post(`/v1/issuing/cards/${id}/status`, { card_status: "FROZEN", update_reason: "x".repeat(101) })).body).toMatchObject({ message: "Update reason is too long" });
  });

  it("cards past expiry_at refuse changes", async () => {
    const expiry = new Date(Date.now() + 10 * 24 * 3600 * 1000).toISOString();
    const id = await h.card(P.visaSingle, { card_limit: 10, expiry_at: expiry });
    await h.advance(11 * 24 * 3600);
    await h.login();
    expect((await h.post(`/v1/issuing/cards/${id}/recharge`, { amount: 1 })).body).toEqual({ code: 400, message: "Invalid expiry date" });
    expect((await h.post(`/v1/issuing/cards/${id}`, { metadata: {} })).body).toEqual({ code: 400, message: "The card has expired" });
    expect((await h.post(`/v1/issuing/cards/${id}/status`, { card_status: "FROZEN" })).body).toEqual({ code: 400, message: "The card has expired" });
  });

  it("pending cards cannot be cancelled", async () => {
    const id = await pendingCard();
    const res = await h.post(`/v1/issuing/cards/${id}/status`, { card_status: "CANCELLED" });
    expect(res.body).toEqual({ code: 400, message: "The card currently does not support cancel" });
  });
});

describe("update card, secure details, PAN token", () => {
  it("updates limits and controls with the legacy B errors", async () => {
    const id = await h.card(P.visaShare);
    const up = (body: Record<string, unknown>) => h.post(`/v1/issuing/cards/${id}`, body);
    const ok = await up({ card_limit: 2000, spending_controls: [{ amount: 100, interval: "PER_TRANSACTION" }], risk_controls: { blocked_mcc: ["7995"] }, metadata: { ref: "A1" } });
    expect(ok.body).toMatchObject({ card_id: id, card_status: "ACTIVE" });
    const card = await h.get(`/v1/issuing/cards/${id}`);
    expect(card.body).toMatchObject({ card_limit: "2000.00", spending_controls: [{ amount: "100.00", interval: "PER_TRANSACTION" }], metadata: { ref: "A1" } });
    expect((card.body.risk_controls as Record<string, unknown>).blocked_mcc).toEqual(["7995"]);
    expect((await up({ card_limit: 0 })).body).toMatchObject({ message: "Failed Update. Card Limit should be greater than 0" });
    expect((await up({ spending_controls: [{ amount: 5000, interval: "PER_TRANSACTION" }] })).body).toMatchObject({ message: "Failed Update. Card Limit should be greater than Per transaction" });
    expect((await up({ spending_controls: [{ amount: 0, interval: "PER_TRANSACTION" }] })).body).toMatchObject({ message: "Failed Update. Your transaction limit should be greater than 0" });
    expect((await up({ spending_controls: [{ amount: 5, interval: "HOURLY" }] })).body).toMatchObject({ message: "Spending controls is error" });
    expect((await up({ metadata: { nested: { a: 1 } } })).body).toMatchObject({ message: "Metadata is invalid" });
    expect((await up({ risk_controls: { allowed_mcc: ["5734"] } })).body).toMatchObject({ message: "risk control setting is not allowed" });
    await h.authorize(id, 60);
    expect((await up({ card_limit: 50 })).body).toMatchObject({ message: "Update card limit is less than the amount of used card" });
    const single = await h.card(P.visaSingle, { card_limit: 10 });
    expect((await h.post(`/v1/issuing/cards/${single}`, { card_limit: 20 })).body).toMatchObject({ message: "The single card not support changing card limits" });
    await h.post(`/v1/issuing/cards/${id}/status`, { card_status: "FROZEN" });
    expect((await up({ metadata: {} })).body).toEqual({ code: 400, message: "The card is not active." });
  });

  it("secure details need the permission and a usable card", async () => {
    const id = await h.card(P.visaShare);
    const secure = await h.get(`/v1/issuing/cards/${id}/secure`);
    expect(secure.body.card_number).toMatch(/^40963608\d{8}$/);
    expect(secure.body.cvv).toMatch(/^\d{3}$/);
    expect(secure.body.expire_date).toMatch(/^\d{2}\/\d{2}$/);
    await h.control("PUT", `/accounts/${SEEDED.accountId}/settings`, { secure_details_allowed: false });
    expect(await h.get(`/v1/issuing/cards/${id}/secure`)).toMatchObject({ status: 403, body: { type: "unauthorized_error", code: "forbidden" } });
    await h.control("PUT", `/accounts/${SEEDED.accountId}/settings`, { secure_details_allowed: true });
    const pending = await pendingCard();
    expect((await h.get(`/v1/issuing/cards/${pending}/secure`)).body).toMatchObject({ code: "status_not_supported" });
  });

  it("rate-limits sensitive calls per card with a 429 that is not replayed", async () => {
    const id = await h.card(P.visaShare);
    for (let i = 0; i < 10; i++) expect((await h.get(`/v1/issuing/cards/${id}/secure`)).status).toBe(200);
    expect(await h.get(`/v1/issuing/cards/${id}/secure`)).toMatchObject({ status: 429, body: { code: 429, message: "Request is too frequent" } });
    const key = crypto.randomUUID();
    expect((await h.post(`/v1/issuing/cards/${id}/token`, {}, key)).status).toBe(429);
    await h.advance(11);
    expect((await h.post(`/v1/issuing/cards/${id}/token`, {}, key)).status).toBe(200);
  });

  it("one-step with a known identity document is cardholder_already_exists", async () => {
    const identity = { type: "PASSPORT", number: "E7654321", front_file: Buffer.from("x").toString("base64") };
    expect((await oneStep({ ...person, identity, date_of_birth: "1990-01-01" })).status).toBe(200);
    const again = await oneStep({ ...person, email: "other@example.com", phone_number: "90000009", identity, date_of_birth: "1990-01-01" });
    expect(again.body).toMatchObject({ code: "cardholder_already_exists" });
  });

  it("issues a one-use pan_ token valid 60 s", async () => {
    const id = await h.card(P.visaShare);
    const res = await h.post(`/v1/issuing/cards/${id}/token`);
    expect(res.body).toMatchObject({ expires_in: 60 });
    expect(res.body.token).toMatch(/^pan_ey/);
    expect(res.body.expires_at).toMatch(/\+08:00$/);
  });

  it("unknown order ids answer envelope B", async () => {
    expect((await h.get(`/v1/issuing/cards/${crypto.randomUUID()}/order`)).body).toEqual({ code: 400, message: "Card order is not exists" });
  });
});
