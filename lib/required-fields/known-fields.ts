import type { ControlKind, FieldDescriptor, RequiredFieldSpec, RuleName } from "./types";

// What the console knows about UQPAY's cardholder fields (api-reference §3.3, seed 004). A
// product's required_fields only says name/type/required; this adds the control, the rule and,
// for objects a product lists without `fields`, the documented shape.

export type KnownField = Pick<FieldDescriptor, "options" | "optionsKey" | "maxLength" | "autoComplete" | "fileTypePath" | "visibleWhen" | "requiredWhen"> & {
  kind: ControlKind;
  rule?: RuleName;
  /** Default sub-fields of an object when the product does not list them. */
  fields?: RequiredFieldSpec[];
};

export const GENDERS = ["MALE", "FEMALE"] as const;
export const IDENTITY_TYPES = ["ID_CARD", "PASSPORT"] as const;
export const KYC_METHODS = ["THIRD_PARTY", "SUMSUB_REDIRECT"] as const;
export const DOCUMENT_TYPES = ["pdf", "png", "jpg", "jpeg"] as const;

const s = (name: string, required: boolean): RequiredFieldSpec => ({ name, type: "string", required });
const file: KnownField = { kind: "file", rule: "file" };
const text = (maxLength: number, autoComplete?: string): KnownField => ({ kind: "text", maxLength, autoComplete });

const ADDRESS_FIELDS = [s("country", true), s("city", true), s("line1", true), s("state", false), s("district", false), s("line2", false), s("line_en", false), s("postal_code", false)];

/** Keyed by wire path from the root of a cardholder payload. */
const BY_PATH: Record<string, KnownField> = {
  first_name: { kind: "text", rule: "name", maxLength: 40, autoComplete: "given-name" },
  last_name: { kind: "text", rule: "name", maxLength: 40, autoComplete: "family-name" },
  email: { kind: "email", rule: "email", maxLength: 255, autoComplete: "email" },
  country_code: { kind: "country", rule: "country" },
  nationality: { kind: "country", rule: "country" },
  phone_number: { kind: "tel", rule: "phone", maxLength: 15, autoComplete: "tel-national" },
  date_of_birth: { kind: "date", rule: "date_of_birth", autoComplete: "bday" },
  gender: { kind: "select", options: GENDERS, optionsKey: "gender" },
  residential_address: { kind: "group", fields: ADDRESS_FIELDS },
  // Deprecated by UQPAY in favour of residential_address; still accepted.
  delivery_address: { kind: "group", fields: [s("country", true), s("city", true), s("line1", true), s("postal_code", true), s("state", false), s("line2", false)] },
  identity: { kind: "group", fields: [s("type", true), s("number", true), s("front_file", true), s("back_file", false), s("hand_file", false)] },
  "identity.type": { kind: "select", options: IDENTITY_TYPES, optionsKey: "identity_type" },
  "identity.number": text(64),
  kyc_verification: { kind: "group", fields: [s("method", true), { name: "kyc_proof", type: "object", required: false }] },
  "kyc_verification.method": { kind: "select", options: KYC_METHODS, optionsKey: "kyc_method" },
  "kyc_verification.kyc_proof": {
    kind: "group",
    fields: [s("provider", true), s("reference_id", true)],
    // kyc_proof_required: THIRD_PARTY needs the proof; SUMSUB_REDIRECT sends none.
    visibleWhen: { path: "kyc_verification.method", equals: "THIRD_PARTY" },
    requiredWhen: { path: "kyc_verification.method", equals: "THIRD_PARTY" },
  },
  "kyc_verification.kyc_proof.reference_id": { kind: "text", rule: "reference_id", maxLength: 128 },
  document_type: { kind: "select", options: DOCUMENT_TYPES, optionsKey: "document_type" },
  document: { ...file, fileTypePath: "document_type" },
  // identity_file_missing: an ID card needs both sides.
  "identity.back_file": { ...file, requiredWhen: { path: "identity.type", equals: "ID_CARD" } },
};

/** Address parts and identity files are the same under whichever object holds them. */
const BY_LEAF: Record<string, KnownField> = {
  country: { kind: "country", rule: "country", autoComplete: "country" },
  city: text(128, "address-level2"),
  state: text(128, "address-level1"),
  district: text(128, "address-level3"),
  line1: text(255, "address-line1"),
  line2: text(255, "address-line2"),
  line_en: text(255),
  postal_code: text(16, "postal-code"),
  front_file: file,
  back_file: file,
  hand_file: file,
};

export function knownField(path: string, name: string): KnownField | undefined {
  return BY_PATH[path] ?? (path.includes(".") ? BY_LEAF[name] : undefined);
}
