import { describe, expect, it } from "vitest";
import { countryName, countryOptions, isCountryCode } from "./countries";
import { phoneProblem } from "./phone";
import { base64Bytes, documentTypeOf, humanize, isAdult, isBase64 } from "./rules";

describe("rules", () => {
  it("counts a 29 February birthday from 1 March in non-leap years", () => {
    expect(isAdult("2008-02-29", new Date("2026-02-28T23:00:00Z"))).toBe(false);
    expect(isAdult("2008-02-29", new Date("2026-03-01T00:00:00Z"))).toBe(true);
  });

  it("recognises standard base64 and its decoded size", () => {
    expect(isBase64("aGVsbG8=")).toBe(true);
    expect(isBase64("aGVsbG8")).toBe(false);
    expect(isBase64("aGVs\nbG8=")).toBe(false);
    expect(base64Bytes("aGVsbG8=")).toBe(5);
  });

  it("maps accepted MIME types to document_type", () => {
    expect(documentTypeOf("image/jpeg")).toBe("jpeg");
    expect(documentTypeOf("application/pdf")).toBe("pdf");
    expect(documentTypeOf("image/gif")).toBeNull();
  });

  it("humanises unknown wire names", () => {
    expect(humanize("employer_name")).toBe("Employer name");
    expect(humanize("residential_address.postal_code")).toBe("Residential address postal code");
  });

  it("checks phone digits per country where the rule is known", () => {
    expect(phoneProblem("91234567", "SG")).toBeNull();
    expect(phoneProblem("71234567", "SG")).toBe("phone_country");
    expect(phoneProblem("13800138000", "CN")).toBeNull();
    expect(phoneProblem("12345", "FR")).toBe("phone_digits");
    expect(phoneProblem("612 345 678", "FR")).toBe("phone_digits");
  });
});

describe("countries", () => {
  it("knows ISO 3166-1 alpha-2 codes and names them in both languages", () => {
    expect(isCountryCode("SG")).toBe(true);
    expect(isCountryCode("UK")).toBe(false);
    expect(countryName("SG", "en")).toBe("Singapore");
    expect(countryName("SG", "zh-CN")).toBe("新加坡");
    const en = countryOptions("en");
    expect(en.length).toBeGreaterThan(240);
    expect(en.find((c) => c.code === "US")?.name).toBe("United States of America");
  });
});
