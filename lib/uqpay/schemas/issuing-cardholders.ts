import "server-only";
import { z } from "zod";
import { amount, count, openEnum, page, stringList, text, timestamp } from "./common";

export const CARDHOLDER_STATUSES = ["PENDING", "SUCCESS", "INCOMPLETE", "FAILED"] as const;
export const PRODUCT_STATUSES = ["ENABLED", "DISABLED"] as const;
export const MODE_TYPES = ["SINGLE", "SHARE"] as const;
export const KYC_LEVELS = ["SIMPLIFIED", "STANDARD", "ENHANCED"] as const;
export const IDV_STATUSES = ["PENDING", "PASSED", "FAILED"] as const;

/** A product's `required_fields` entry; object-typed fields nest their own `fields`. */
export type RequiredField = {
  name: string;
  type?: string | null;
  required?: boolean | null;
  description?: string | null;
  fields?: RequiredField[] | null;
  [extra: string]: unknown;
};

// JAVA models these as field_name/field_type; the docs and the other SDKs use name/type.
const renameJavaKeys = (v: unknown) => {
  if (!v || typeof v !== "object" || Array.isArray(v)) return v;
  const o = v as Record<string, unknown>;
  return { ...o, name: o.name ?? o.field_name, type: o.type ?? o.field_type };
};

export const requiredField: z.ZodType<RequiredField> = z.lazy(() =>
  z.preprocess(renameJavaKeys, z.looseObject({
    name: z.string(),
    type: z.string().nullish(),
    required: z.boolean().nullish(),
    description: z.string().nullish(),
    fields: z.array(requiredField).nullish(),
  })),
);

export const product = z.looseObject({
  product_id: z.string(),
  card_bin: text,
  card_scheme: text,
  mode_type: openEnum(MODE_TYPES).nullish(),
  card_form: stringList.nullish(),
  card_currency: stringList.nullish(),
  product_status: openEnum(PRODUCT_STATUSES).nullish(),
  max_card_quota: count.nullish(),
  kyc_level: openEnum(KYC_LEVELS).nullish(),
  no_pin_payment_amount: z.array(z.looseObject({ amount: amount.nullish(), currency: text })).nullish(),
  required_fields: z.array(requiredField).nullish(),
  create_time: timestamp,
  update_time: timestamp,
});
export const productPage = page(product);

const address = z.looseObject({
  country: text,
  state: text,
  city: text,
  district: text,
  line1: text,
  line2: text,
  line_en: text,
  postal_code: text,
});

export const cardholder = z.looseObject({
  cardholder_id: z.string(),
  email: text,
  first_name: text,
  last_name: text,
  // REST gives "YYYY-MM-DD HH:MM:SS" (no zone) here while webhooks give ISO; kept verbatim.
  create_time: timestamp,
  cardholder_status: openEnum(CARDHOLDER_STATUSES).nullish(),
  number_of_cards: count.nullish(),
  date_of_birth: text,
  country_code: text,
  phone_number: text,
  gender: text,
  nationality: text,
  residential_address: address.nullish(),
  delivery_address: address.nullish(),
  review_status: text,
  idv_status: openEnum(IDV_STATUSES).nullish(),
  idv_verification_url: text,
  idv_url_expires_at: timestamp,
});
export const cardholderPage = page(cardholder);

/** Create/update cardholder answer. */
export const cardholderResult = z.looseObject({
  cardholder_id: z.string(),
  cardholder_status: openEnum(CARDHOLDER_STATUSES).nullish(),
  idv_verification_url: text,
  idv_url_expires_at: timestamp,
});

export type Product = z.output<typeof product>;
export type Cardholder = z.output<typeof cardholder>;
export type CardholderResult = z.output<typeof cardholderResult>;
export type CardholderStatus = (typeof CARDHOLDER_STATUSES)[number];
