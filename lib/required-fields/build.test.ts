import { describe, expect, it } from "vitest";
import { buildRequiredFields, changedValues, emptyValues, leavesOf } from "./index";

const NOW = () => new Date("2026-04-10T10:00:00Z");
const s = (name: string, required: boolean, description?: string) => ({ name, type: "string", required, description });

const BASIC = [s("first_name", true), s("last_name", true), s("email", true), s("country_code", true), s("phone_number", true), s("date_of_birth", false)];
const ALEX = { first_name: "Alex", last_name: "Chen", email: "alex@example.com", country_code: "SG", phone_number: "91234567" };
const ADDRESS = {
  name: "residential_address",
  type: "object",
  required: true,
  fields: [s("country", true), s("city", true), s("line1", true), s("state", false), s("postal_code", false)],
};
const KYC = {
  name: "kyc_verification",
  type: "object",
  required: true,
  fields: [s("method", true), { name: "kyc_proof", type: "object", required: false, fields: [s("provider", true), s("reference_id", true)] }],
};

const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

describe("descriptors", () => {
  it("gives known names their controls and nested objects their paths", () => {
    const { descriptors } = buildRequiredFields([...BASIC, s("gender", false), s("nationality", false), ADDRESS]);
    const byPath = Object.fromEntries(leavesOf(descriptors).map((d) => [d.path, d]));
    expect(byPath.country_code.kind).toBe("country");
    expect(byPath.nationality.kind).toBe("country");
    expect(byPath.date_of_birth).toMatchObject({ kind: "date", required: false });
    expect(byPath.phone_number.kind).toBe("tel");
    expect(byPath.email.kind).toBe("email");
    expect(byPath.gender).toMatchObject({ kind: "select", options: ["MALE", "FEMALE"] });
    expect(byPath["residential_address.city"]).toMatchObject({ name: "city", labelKey: "residential_address__city", required: true, kind: "text" });
    expect(byPath["residential_address.country"].kind).toBe("country");
    const address = descriptors.find((d) => d.name === "residential_address")!;
    expect(address.kind).toBe("group");
    expect(address.children!.map((c) => c.name)).toEqual(["country", "city", "line1", "state", "postal_code"]);
  });

  it("falls back to a text field with UQPAY's description for names it does not know", () => {
    const { descriptors, schema } = buildRequiredFields([...BASIC, s("employer_name", true, "Name of the cardholder's employer")]);
    expect(descriptors.at(-1)).toMatchObject({ name: "employer_name", kind: "text", required: true, description: "Name of the cardholder's employer" });
    expect(issues(schema.safeParse(ALEX))).toEqual({ employer_name: "required" });
    expect(schema.safeParse({ ...ALEX, employer_name: "ACME" }).data).toMatchObject({ employer_name: "ACME" });
  });

  it("reads the Java SDK's field_name/field_type spelling and skips names that are not wire names", () => {
    const { descriptors } = buildRequiredFields([
      { field_name: "residential_address", field_type: "object", required: true, fields: [{ field_name: "city", field_type: "string", required: true }] },
      { name: "bad name", type: "string", required: true },
      { type: "string" },
      s("email", true),
      s("email", false),
    ]);
    expect(descriptors.map((d) => d.path)).toEqual(["residential_address", "email"]);
    expect(descriptors[0].children![0]).toMatchObject({ path: "residential_address.city", required: true });
    expect(descriptors[1].required).toBe(true);
  });

  it("gives known objects their documented shape when the product lists no fields", () => {
    const { descriptors } = buildRequiredFields([{ name: "identity", type: "object", required: true }]);
    expect(descriptors[0].children!.map((c) => [c.name, c.kind, c.required])).toEqual([
      ["type", "select", true],
      ["number", "text", true],
      ["front_file", "file", true],
      ["back_file", "file", false],
      ["hand_file", "file", false],
    ]);
  });

  it("turns an undescribed unknown object into a text field", () => {
    const { descriptors } = buildRequiredFields([{ name: "extra_info", type: "object", required: false }]);
    expect(descriptors[0]).toMatchObject({ kind: "text", required: false });
  });

  it("builds empty form values nested like the payload", () => {
    const { descriptors } = buildRequiredFields([s("email", true), ADDRESS]);
    expect(emptyValues(descriptors)).toEqual({ email: "", residential_address: { country: "", city: "", line1: "", state: "", postal_code: "" } });
  });

  it("tolerates a missing or empty list", () => {
    expect(buildRequiredFields(null).descriptors).toEqual([]);
    expect(buildRequiredFields([]).schema.safeParse({}).success).toBe(true);
  });
});

describe("schema", () => {
  const { schema } = buildRequiredFields([...BASIC, s("gender", false), ADDRESS], { now: NOW });

  it("accepts seed 000's Alex Chen and drops blank optional fields", () => {
    const result = schema.safeParse({ ...ALEX, date_of_birth: "", gender: "", residential_address: { country: "SG", city: "Singapore", line1: "1 Raffles Place", state: "", postal_code: "" } });
    expect(result.success).toBe(true);
    expect(result.data).toEqual({ ...ALEX, residential_address: { country: "SG", city: "Singapore", line1: "1 Raffles Place" } });
  });

  it("reports required leaves of a required object, wherever it is missing", () => {
    expect(issues(schema.safeParse({ ...ALEX, residential_address: { country: "", city: "", line1: "" } }))).toEqual({
      "residential_address.country": "required",
      "residential_address.city": "required",
      "residential_address.line1": "required",
    });
    expect(Object.keys(issues(schema.safeParse(ALEX)))).toEqual(["residential_address.country", "residential_address.city", "residential_address.line1"]);
  });

  it("drops an optional object left blank but checks one that was started", () => {
    const { schema: optional } = buildRequiredFields([s("email", true), { ...ADDRESS, required: false }]);
    expect(optional.safeParse({ email: "a@b.co", residential_address: { country: "", city: "", line1: "" } }).data).toEqual({ email: "a@b.co" });
    expect(issues(optional.safeParse({ email: "a@b.co", residential_address: { country: "", city: "Paris", line1: "" } }))).toEqual({
      "residential_address.country": "required",
      "residential_address.line1": "required",
    });
  });

  it("mirrors UQPAY's name rule: letters and single spaces, no edges", () => {
    const name = (first_name: string) => issues(schema.safeParse({ ...ALEX, first_name, residential_address: { country: "SG", city: "S", line1: "1" } })).first_name;
    expect(name("Mary Ann")).toBeUndefined();
    expect(name("Alex2")).toBe("name_format");
    expect(name(" Alex")).toBe("name_format");
    expect(name("Alex ")).toBe("name_format");
    expect(name("Jean-Luc")).toBe("name_format");
    expect(name("A".repeat(41))).toBe("too_long");
  });

  it("requires 18 years on the day and a real date", () => {
    const dob = (date_of_birth: string) => issues(schema.safeParse({ ...ALEX, date_of_birth, residential_address: { country: "SG", city: "S", line1: "1" } })).date_of_birth;
    expect(dob("2008-04-10")).toBeUndefined();
    expect(dob("2008-04-11")).toBe("under_18");
    expect(dob("2008-02-30")).toBe("date_format");
    expect(dob("10/04/1990")).toBe("date_format");
  });

  it("checks country codes, email, options and phone digits per country", () => {
    const base = { ...ALEX, residential_address: { country: "SG", city: "S", line1: "1" } };
    expect(issues(schema.safeParse({ ...base, country_code: "sg" })).country_code).toBe("country");
    expect(issues(schema.safeParse({ ...base, country_code: "XX" })).country_code).toBe("country");
    expect(issues(schema.safeParse({ ...base, email: "alex@" })).email).toBe("email");
    expect(issues(schema.safeParse({ ...base, gender: "OTHER" })).gender).toBe("option");
    expect(issues(schema.safeParse({ ...base, phone_number: "+6591234567" })).phone_number).toBe("phone_digits");
    expect(issues(schema.safeParse({ ...base, phone_number: "61234567" })).phone_number).toBe("phone_country");
    expect(issues(schema.safeParse({ ...base, country_code: "FR", phone_number: "612345678" })).phone_number).toBeUndefined();
    expect(issues(schema.safeParse({ ...base, residential_address: { country: "Singapore", city: "S", line1: "1" } }))["residential_address.country"]).toBe("country");
  });
});

describe("conditional fields", () => {
  const { descriptors, schema } = buildRequiredFields([...BASIC, KYC, { name: "identity", type: "object", required: false }], { now: NOW });

  it("asks for kyc_proof only with THIRD_PARTY, and for a 10-character reference_id", () => {
    const proof = descriptors.find((d) => d.name === "kyc_verification")!.children!.find((c) => c.name === "kyc_proof")!;
    expect(proof.visibleWhen).toEqual({ path: "kyc_verification.method", equals: "THIRD_PARTY" });
    const kyc = (kyc_verification: unknown) => schema.safeParse({ ...ALEX, kyc_verification });
    expect(issues(kyc({ method: "THIRD_PARTY", kyc_proof: { provider: "", reference_id: "" } }))).toEqual({
      "kyc_verification.kyc_proof.provider": "required",
      "kyc_verification.kyc_proof.reference_id": "required",
    });
    expect(issues(kyc({ method: "THIRD_PARTY", kyc_proof: { provider: "Onfido", reference_id: "short" } }))).toEqual({
      "kyc_verification.kyc_proof.reference_id": "reference_id_short",
    });
    expect(kyc({ method: "SUMSUB_REDIRECT", kyc_proof: { provider: "left over", reference_id: "" } }).data).toEqual({ ...ALEX, kyc_verification: { method: "SUMSUB_REDIRECT" } });
    expect(issues(kyc({ method: "MANUAL" }))["kyc_verification.method"]).toBe("option");
    expect(issues(kyc({ method: "" }))["kyc_verification.method"]).toBe("required");
  });

  it("wants both sides of an ID card, base64 files within 2 MB, and a date of birth with documents", () => {
    const kycOk = { method: "SUMSUB_REDIRECT" };
    const id = (identity: unknown, extra: object = {}) => issues(schema.safeParse({ ...ALEX, kyc_verification: kycOk, identity, ...extra }));
    expect(id({ type: "ID_CARD", number: "S1234567A", front_file: "aGVsbG8=" })).toEqual({ "identity.back_file": "required", date_of_birth: "dob_for_documents" });
    expect(id({ type: "PASSPORT", number: "E1234567", front_file: "aGVsbG8=" }, { date_of_birth: "1990-01-01" })).toEqual({});
    expect(id({ type: "PASSPORT", number: "E1234567", front_file: "data:image/png;base64,aGVsbG8=" }, { date_of_birth: "1990-01-01" })).toEqual({ "identity.front_file": "file_content" });
    const big = "A".repeat(4 * Math.ceil((2 * 1024 * 1024) / 3) + 4);
    expect(id({ type: "PASSPORT", number: "E1234567", front_file: big }, { date_of_birth: "1990-01-01" })).toEqual({ "identity.front_file": "file_too_large" });
    expect(id({ type: "DRIVER_LICENSE", number: "1", front_file: "aGVsbG8=" }, { date_of_birth: "1990-01-01" })).toEqual({ "identity.type": "option" });
  });
});

describe("changedValues", () => {
  it("keeps only top-level fields that differ, comparing nested objects by value", () => {
    const { schema } = buildRequiredFields([s("email", false), s("gender", false), { ...ADDRESS, required: false }]);
    const initial = schema.parse({ email: "a@b.co", gender: "", residential_address: { country: "SG", city: "Singapore", line1: "1 Raffles Place", state: "", postal_code: "" } });
    const same = schema.parse({ email: "a@b.co", gender: "", residential_address: { country: "SG", city: "Singapore", line1: "1 Raffles Place", state: "", postal_code: "" } });
    expect(changedValues(same, initial)).toEqual({});
    const edited = schema.parse({ email: "a@b.co", gender: "MALE", residential_address: { country: "SG", city: "Singapore", line1: "2 Raffles Place", state: "", postal_code: "" } });
    expect(changedValues(edited, initial)).toEqual({ gender: "MALE", residential_address: { country: "SG", city: "Singapore", line1: "2 Raffles Place" } });
  });
});
