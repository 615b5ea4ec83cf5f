import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { Harness } from "./testing/harness";

let h: Harness;
beforeAll(async () => {
  h = await Harness.start();
}, 60_000);
afterAll(() => h.close());
beforeEach(() => h.reset());

let seq = 0;
const base = () => {
  seq += 1;
  return { first_name: "Alex", last_name: "Chen", email: `holder${seq}@example.com`, country_code: "SG", phone_number: `9${String(1_000_000 + seq)}` };
};
const create = (overrides: Record<string, unknown> = {}) => h.post("/v1/issuing/cardholders", { ...base(), ...overrides });
const B64 = Buffer.from("fake image bytes").toString("base64");
const identity = { type: "PASSPORT", number: "E1234567", front_file: B64 };

describe("create cardholder", () => {
  it("creates, lists and retrieves", async () => {
    const res = await create({ date_of_birth: "1990-01-31", gender: "MALE", residential_address: { country: "SG", city: "Singapore", line1: "1 Raffles Place" } });
    expect(res).toMatchObject({ status: 200, body: { cardholder_status: "SUCCESS" } });
    const id = res.body.cardholder_id as string;
    const one = await h.get(`/v1/issuing/cardholders/${id}`);
    expect(one.body).toMatchObject({ cardholder_id: id, first_name: "Alex", number_of_cards: 0, country_code: "SG", date_of_birth: "1990-01-31" });
    expect(one.body.create_time).toMatch(/\+08:00$/);
    const list = await h.get("/v1/issuing/cardholders?page_size=10&page_number=1");
    expect(list.body).toMatchObject({ total_items: 1, total_pages: 1 });
  });

  it("filters the list by cardholder_status", async () => {
    await create();
    await create({ kyc_verification: { method: "SUMSUB_REDIRECT" } });
    const incomplete = await h.get<{ data: { cardholder_status: string }[]; total_items: number }>("/v1/issuing/cardholders?cardholder_status=INCOMPLETE");
    expect(incomplete.body.total_items).toBe(1);
    expect(incomplete.body.data[0].cardholder_status).toBe("INCOMPLETE");
    expect((await h.get("/v1/issuing/cardholders?cardholder_status=NOPE")).status).toBe(400);
  });

  it("names the missing required field", async () => {
    const res = await h.post("/v1/issuing/cardholders", { first_name: "Alex", last_name: "Chen", country_code: "SG", phone_number: "91234567" });
    expect(res).toMatchObject({ status: 400, body: { type: "invalid_request_error", message: "email: required" } });
  });

  const cases: [string, Record<string, unknown>, string][] = [
    ["digits in first name", { first_name: "Alex2" }, "invalid_first_name"],
    ["leading space in last name", { last_name: " Chen" }, "invalid_last_name"],
    ["short SG phone", { phone_number: "9123456" }, "invalid_phone_number"],
    ["SG phone not starting 8/9", { phone_number: "61234567" }, "invalid_phone_number"],
    ["letters in phone", { country_code: "US", phone_number: "555-1234" }, "invalid_phone_number"],
    ["under 18", { date_of_birth: "2020-01-01" }, "invalid_date_of_birth"],
    ["bad date format", { date_of_birth: "01/02/1990" }, "invalid_date_of_birth"],
    ["document without birth date", { document_type: "png", document: B64 }, "missing_date_of_birth"],
    ["document type gif", { document_type: "gif", document: B64, date_of_birth: "1990-01-01" }, "file_type_not_supported"],
    ["document not base64", { document_type: "png", document: "not base64!", date_of_birth: "1990-01-01" }, "invalid_file_content"],
    ["document over 2 MB", { document_type: "pdf", document: "A".repeat(2_800_000), date_of_birth: "1990-01-01" }, "document_size_exceeded"],
    ["identity type", { identity: { ...identity, type: "DRIVER_LICENSE" }, date_of_birth: "1990-01-01" }, "invalid_identity_type"],
    ["ID card without back", { identity: { ...identity, type: "ID_CARD" }, date_of_birth: "1990-01-01" }, "identity_file_missing"],
    ["incomplete delivery address", { delivery_address: { country: "SG", city: "Singapore" } }, "invalid_delivery_address"],
    ["kyc method", { kyc_verification: { method: "SELFIE" } }, "invalid_kyc_method"],
    ["third party without proof", { kyc_verification: { method: "THIRD_PARTY" } }, "kyc_proof_required"],
    ["short reference id", { kyc_verification: { method: "THIRD_PARTY", kyc_proof: { provider: "Onfido", reference_id: "short" } } }, "reference_id_too_short"],
  ];
  it.each(cases)("rejects %s", async (_name, overrides, code) => {
    const res = await create(overrides);
    expect(res).toMatchObject({ status: 400, body: { type: "cardholder_error", code } });
    expect(typeof res.body.message).toBe("string");
  });

  it("SUMSUB_REDIRECT without country_code is missing_country_code", async () => {
    const { country_code: _omit, ...noCountry } = base();
    void _omit;
    const res = await h.post("/v1/issuing/cardholders", { ...noCountry, kyc_verification: { method: "SUMSUB_REDIRECT" } });
    expect(res.body).toMatchObject({ type: "cardholder_error", code: "missing_country_code" });
  });

  it("rejects duplicate email, phone and reference_id", async () => {
    const proof = { method: "THIRD_PARTY", kyc_proof: { provider: "Onfido", reference_id: "REF-0000000001" } };
    await create({ email: "dup@example.com", phone_number: "98765432", kyc_verification: proof });
    expect((await create({ email: "dup@example.com" })).body).toMatchObject({ code: "email_duplicated" });
    expect((await create({ phone_number: "98765432" })).body).toMatchObject({ code: "phone_number_duplicated" });
    expect((await create({ kyc_verification: proof })).body).toMatchObject({ code: "reference_id_duplicated" });
  });

  it("THIRD_PARTY with a proof verifies at once", async () => {
    const res = await create({ kyc_verification: { method: "THIRD_PARTY", kyc_proof: { provider: "Onfido", reference_id: "REF-1234567890" } } });
    expect(res.body).toMatchObject({ cardholder_status: "SUCCESS" });
  });
});

describe("SUMSUB_REDIRECT and the emulator's IDV page", () => {
  it("stays INCOMPLETE until the IDV page is approved", async () => {
    const res = await create({ kyc_verification: { method: "SUMSUB_REDIRECT" } });
    expect(res.body).toMatchObject({ cardholder_status: "INCOMPLETE" });
    const url = res.body.idv_verification_url as string;
    expect(url.startsWith(`${h.emu.url}/idv/`)).toBe(true);
    expect(res.body.idv_url_expires_at).toMatch(/\+08:00$/);
    const page = await fetch(url);
    expect(page.headers.get("content-type")).toContain("text/html");
    expect(await page.text()).toContain("idv-approve");
    const done = await fetch(url.replace(/\?/, "/complete?"), { method: "POST", body: "result=approve", headers: { "content-type": "application/x-www-form-urlencoded" } });
    expect(done.status).toBe(200);
    const after = await h.get(`/v1/issuing/cardholders/${res.body.cardholder_id}`);
    expect(after.body).toMatchObject({ cardholder_status: "SUCCESS", idv_status: "PASSED" });
    expect((await fetch(url)).status).toBe(404);
  });

  it("the IDV link expires after 24 h of the emulated clock", async () => {
    const res = await create({ kyc_verification: { method: "SUMSUB_REDIRECT" } });
    await h.advance(24 * 3600 + 1);
    expect((await fetch(res.body.idv_verification_url as string)).status).toBe(410);
  });

  it("rejection fails the cardholder", async () => {
    const res = await create({ kyc_verification: { method: "SUMSUB_REDIRECT" } });
    await h.control("POST", `/cardholders/${res.body.cardholder_id}/idv`, { result: "reject" });
    const after = await h.get(`/v1/issuing/cardholders/${res.body.cardholder_id}`);
    expect(after.body).toMatchObject({ cardholder_status: "FAILED", idv_status: "FAILED" });
  });
});

describe("update cardholder", () => {
  it("updates contact fields and keeps them unique", async () => {
    const a = (await create()).body.cardholder_id as string;
    await create({ email: "taken@example.com" });
    const ok = await h.post(`/v1/issuing/cardholders/${a}`, { email: "new@example.com", nationality: "SG" });
    expect(ok.body).toMatchObject({ cardholder_id: a, cardholder_status: "SUCCESS" });
    expect((await h.get(`/v1/issuing/cardholders/${a}`)).body).toMatchObject({ email: "new@example.com", nationality: "SG" });
    expect((await h.post(`/v1/issuing/cardholders/${a}`, { email: "taken@example.com" })).body).toMatchObject({ code: "email_duplicated" });
    expect((await h.post(`/v1/issuing/cardholders/${a}`, { first_name: "Bob" })).body).toMatchObject({ type: "invalid_request_error" });
    expect((await h.post(`/v1/issuing/cardholders/${a}`, { date_of_birth: "2015-05-05" })).body).toMatchObject({ code: "invalid_date_of_birth" });
  });

  it("refuses KYC edits during review and a re-upload of the reviewed document", async () => {
    const review = (await create({ identity: { ...identity, number: "REVIEW-1" }, date_of_birth: "1990-01-01" })).body;
    expect(review.cardholder_status).toBe("PENDING");
    const blocked = await h.post(`/v1/issuing/cardholders/${review.cardholder_id}`, { nationality: "SG" });
    expect(blocked.body).toMatchObject({ code: "cardholder_cannot_update_during_review" });
    const done = (await create({ identity, date_of_birth: "1990-01-01" })).body;
    const again = await h.post(`/v1/issuing/cardholders/${done.cardholder_id}`, { identity });
    expect(again.body).toMatchObject({ code: "document_duplicated" });
  });

  it("answers cardholder_not_found for unknown ids", async () => {
    const res = await h.get(`/v1/issuing/cardholders/${crypto.randomUUID()}`);
    expect(res).toMatchObject({ status: 400, body: { type: "cardholder_error", code: "cardholder_not_found" } });
  });
});
