import { errorA, invalidRequest } from "../core/errors";

// Field rules of Create/Update Cardholder and the one-step card path, each failing with the
// seed-004 code. Pure functions: uniqueness checks that need the database live in cardholder-store.ts.

const holderError = (code: string, message: string) => errorA("cardholder_error", code, message);

const NAME = /^[A-Za-z]+( [A-Za-z]+)*$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const ALPHA2 = /^[A-Z]{2}$/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const MAX_DOCUMENT_BYTES = 2 * 1024 * 1024;

export const BASE_FIELDS = ["email", "first_name", "last_name", "country_code", "phone_number"] as const;

export type Fields = Record<string, unknown>;

const isObject = (v: unknown): v is Fields => v !== null && typeof v === "object" && !Array.isArray(v);
const present = (v: unknown) => v !== undefined && v !== null && v !== "";

function stringField(input: Fields, name: string, max?: number): string | undefined {
  const value = input[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") throw invalidRequest(`${name}: must be a string`);
  if (max !== undefined && value.length > max) throw invalidRequest(`${name}: must be at most ${max} characters`);
  return value;
}

/** Phone numbers are national digits; Singapore numbers are 8 digits starting with 8 or 9. */
export function validPhone(countryCode: string | undefined, phone: string): boolean {
  if (!/^\d+$/.test(phone)) return false;
  if (countryCode === "SG") return /^[89]\d{7}$/.test(phone);
  return phone.length >= 6 && phone.length <= 15;
}

/** `YYYY-MM-DD`, a real date, and at least 18 years before the emulated `now`. */
export function validAdultBirthDate(value: string, now: Date): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return false;
  const eighteenth = new Date(Date.UTC(y + 18, mo - 1, d));
  return eighteenth.getTime() <= now.getTime();
}

function checkBase64File(value: unknown, field: string): void {
  if (typeof value !== "string" || value.length % 4 !== 0 || !BASE64.test(value)) {
    throw holderError("invalid_file_content", "invalid base64 encoded document content");
  }
  const padding = value.endsWith("==") ? 2 : value.endsWith("=") ? 1 : 0;
  if ((value.length / 4) * 3 - padding > MAX_DOCUMENT_BYTES) {
    throw holderError("document_size_exceeded", `document size exceeds 2MB limit (${field})`);
  }
}

function checkAddress(value: unknown, name: string): void {
  if (!isObject(value)) throw invalidRequest(`${name}: must be an object`);
  for (const key of ["country", "city", "line1"]) {
    if (!present(value[key])) throw invalidRequest(`${name}.${key}: required`);
  }
  const limits: Record<string, number> = { city: 128, state: 128, district: 128, line1: 255, line2: 255, line_en: 255, postal_code: 16 };
  for (const [key, max] of Object.entries(limits)) {
    const v = value[key];
    if (v !== undefined && (typeof v !== "string" || v.length > max)) throw invalidRequest(`${name}.${key}: invalid`);
  }
}

function checkIdentity(value: unknown): void {
  if (!isObject(value)) throw invalidRequest("identity: must be an object");
  if (value.type !== "ID_CARD" && value.type !== "PASSPORT") {
    throw holderError("invalid_identity_type", "invalid identity type, must be ID_CARD or PASSPORT");
  }
  if (!present(value.number)) throw invalidRequest("identity.number: required");
  if (!present(value.front_file) || (value.type === "ID_CARD" && !present(value.back_file))) {
    throw holderError("identity_file_missing", "required identity file is missing");
  }
  for (const file of ["front_file", "back_file", "hand_file"]) {
    if (present(value[file])) checkBase64File(value[file], `identity.${file}`);
  }
}

function checkKyc(value: unknown, countryCode: string | undefined): void {
  if (!isObject(value)) throw invalidRequest("kyc_verification: must be an object");
  if (value.method !== "THIRD_PARTY" && value.method !== "SUMSUB_REDIRECT") {
    throw holderError("invalid_kyc_method", "invalid KYC verification method, must be THIRD_PARTY or SUMSUB_REDIRECT");
  }
  if (value.method === "SUMSUB_REDIRECT" && !countryCode) {
    throw holderError("missing_country_code", "country_code is required for SUMSUB_REDIRECT KYC verification");
  }
  if (value.method !== "THIRD_PARTY") return;
  const proof = value.kyc_proof;
  if (!isObject(proof) || !present(proof.provider) || !present(proof.reference_id)) {
    throw holderError("kyc_proof_required", "kyc_proof is required when method is THIRD_PARTY");
  }
  if (typeof proof.reference_id !== "string" || proof.reference_id.length < 10) {
    throw holderError("reference_id_too_short", "reference_id must be at least 10 characters long");
  }
}

/**
 * Validates whatever cardholder fields are present. `merged` is the cardholder as it would be
 * after the change (update/supplement), used by rules that look across fields.
 */
export function validateCardholderFields(input: Fields, merged: Fields, now: Date): void {
  for (const key of ["first_name", "last_name"] as const) {
    const value = stringField(input, key);
    if (value !== undefined && (value.length < 1 || value.length > 40 || !NAME.test(value))) {
      throw holderError(
        `invalid_${key}`,
        `invalid ${key.replace("_", " ")}, only letters and spaces allowed, no leading or trailing spaces`,
      );
    }
  }
  const email = stringField(input, "email", 255);
  if (email !== undefined && !EMAIL.test(email)) throw invalidRequest("email: invalid email format");
  for (const key of ["country_code", "nationality"]) {
    const value = stringField(input, key);
    if (value !== undefined && !ALPHA2.test(value)) throw invalidRequest(`${key}: must be an ISO 3166-1 alpha-2 code`);
  }
  const phone = stringField(input, "phone_number");
  const country = typeof merged.country_code === "string" ? merged.country_code : undefined;
  if ((phone !== undefined || input.country_code !== undefined) && typeof merged.phone_number === "string") {
    if (!validPhone(country, merged.phone_number)) throw holderError("invalid_phone_number", "invalid phone number or country code");
  }
  const dob = stringField(input, "date_of_birth");
  if (dob !== undefined && !validAdultBirthDate(dob, now)) {
    throw holderError("invalid_date_of_birth", "cardholder under 18 or invalid date of birth format");
  }
  const gender = input.gender;
  if (gender !== undefined && gender !== "MALE" && gender !== "FEMALE") throw invalidRequest("gender: must be MALE or FEMALE");
  if (input.residential_address !== undefined) checkAddress(input.residential_address, "residential_address");
  if (input.delivery_address !== undefined) {
    const a = input.delivery_address;
    if (!isObject(a) || !["country", "city", "line1", "postal_code"].every((k) => present(a[k]))) {
      throw holderError("invalid_delivery_address", "invalid delivery address");
    }
  }
  if (input.identity !== undefined) checkIdentity(input.identity);
  if (input.document_type !== undefined && !["pdf", "png", "jpg", "jpeg"].includes(String(input.document_type))) {
    throw holderError("file_type_not_supported", "unsupported document file type");
  }
  if (input.document !== undefined) checkBase64File(input.document, "document");
  if ((input.identity !== undefined || input.document !== undefined) && !present(merged.date_of_birth)) {
    throw holderError("missing_date_of_birth", "missing legal date of birth for document upload");
  }
  if (input.kyc_verification !== undefined) checkKyc(input.kyc_verification, country);
}

/**
 * SUMSUB_REDIRECT needs the residence country; checked before the generic required-field check
 * so `missing_country_code` is what a caller without country_code sees (seed 004).
 */
export function checkSumsubCountry(input: Fields): void {
  const kyc = input.kyc_verification;
  if (isObject(kyc) && kyc.method === "SUMSUB_REDIRECT" && !present(input.country_code)) {
    throw holderError("missing_country_code", "country_code is required for SUMSUB_REDIRECT KYC verification");
  }
}

/** Create Cardholder's required fields, answered as `invalid_request_error` naming the field. */
export function requireBaseFields(input: Fields): void {
  for (const key of BASE_FIELDS) {
    if (!present(input[key])) throw invalidRequest(`${key}: required`);
  }
}
