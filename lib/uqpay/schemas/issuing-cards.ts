import "server-only";
import { z } from "zod";
import { CARDHOLDER_STATUSES } from "./issuing-cardholders";
import { count, metadata, openEnum, optionalAmount, page, text, timestamp } from "./common";

export const CARD_STATUSES = ["PENDING", "ACTIVE", "FROZEN", "BLOCKED", "PRE_CANCEL", "CANCELLED", "LOST", "STOLEN", "FAILED"] as const;
/** The only values Update Card Status accepts (CANCELLED goes through PRE_CANCEL first). */
export const SETTABLE_CARD_STATUSES = ["ACTIVE", "FROZEN", "CANCELLED"] as const;
export const ORDER_STATUSES = ["PENDING", "PROCESSING", "SUCCESS", "FAILED"] as const;
// Docs list CARD_CREATE...; the docs example and Go tests show CREATE_CARD. Both are known.
export const ORDER_TYPES = ["CARD_CREATE", "CARD_RECHARGE", "CARD_WITHDRAW", "CARD_UPDATE", "CREATE_CARD"] as const;
export const FORM_FACTORS = ["VIRTUAL", "PHYSICAL"] as const;
export const SPENDING_INTERVALS = ["PER_TRANSACTION", "DAILY", "WEEKLY", "MONTHLY", "YEARLY", "ALL_TIME"] as const;

const spendingControl = z.looseObject({ amount: optionalAmount, interval: openEnum(SPENDING_INTERVALS).nullish() });

const riskControls = z.looseObject({
  allow_3ds_transactions: text,
  enable_3ds: text,
  allowed_mcc: z.array(z.string()).nullish(),
  blocked_mcc: z.array(z.string()).nullish(),
});

const cardCardholder = z.looseObject({
  cardholder_id: z.string(),
  first_name: text,
  last_name: text,
  email: text,
  cardholder_status: openEnum(CARDHOLDER_STATUSES).nullish(),
  create_time: timestamp,
});

export const card = z.looseObject({
  card_id: z.string(),
  card_bin: text,
  card_scheme: text,
  card_number: text,
  form_factor: openEnum(FORM_FACTORS).nullish(),
  mode_type: text,
  card_status: openEnum(CARD_STATUSES).nullish(),
  card_currency: text,
  card_product_id: text,
  card_limit: optionalAmount,
  available_balance: optionalAmount,
  consumed_amount: optionalAmount,
  // Not an amount: "2000USD" (and a degenerate "USD" seen in webhooks). Kept verbatim.
  no_pin_payment_amount: z.union([z.string(), z.number()]).nullish(),
  cardholder: cardCardholder.nullish(),
  spending_controls: z.array(spendingControl).nullish(),
  risk_controls: riskControls.nullish(),
  metadata: metadata.optional(),
  update_reason: text,
  create_time: timestamp,
});
export const cardPage = page(card);

/** Create Card answer, two-step and one-step (the latter adds the cardholder/KYC fields). */
export const createCardResult = z.looseObject({
  card_id: z.string(),
  card_order_id: text,
  card_status: openEnum(CARD_STATUSES).nullish(),
  order_status: openEnum(ORDER_STATUSES).nullish(),
  create_time: timestamp,
  cardholder_id: text,
  cardholder_created: z.boolean().nullish(),
  cardholder_status: openEnum(CARDHOLDER_STATUSES).nullish(),
  verification_status: text,
  kyc_method: text,
  idv_verification_url: text,
  idv_url_expires_at: timestamp,
  risk_controls: riskControls.nullish(),
  message: text,
});

/** Update card / update status answer. */
export const cardOrderAck = z.looseObject({
  card_id: text,
  card_order_id: text,
  card_status: openEnum(CARD_STATUSES).nullish(),
  order_status: openEnum(ORDER_STATUSES).nullish(),
  update_reason: text,
});

/** Card order (recharge, withdraw, retrieve order). `amount` is a number in docs, a string in the sandbox. */
export const cardOrder = z.looseObject({
  card_id: text,
  card_order_id: z.string(),
  order_type: openEnum(ORDER_TYPES).nullish(),
  amount: optionalAmount,
  card_currency: text,
  order_status: openEnum(ORDER_STATUSES).nullish(),
  create_time: timestamp,
  update_time: timestamp,
  complete_time: timestamp,
});

export const secureCardDetails = z.looseObject({
  card_number: z.string(),
  cvv: z.union([z.string(), z.number()]).transform(String),
  expire_date: z.string(),
});

export const panToken = z.looseObject({
  token: z.string(),
  expires_in: count.nullish(),
  expires_at: timestamp,
});

export type Card = z.output<typeof card>;
export type CardStatus = (typeof CARD_STATUSES)[number];
export type SettableCardStatus = (typeof SETTABLE_CARD_STATUSES)[number];
export type CreateCardResult = z.output<typeof createCardResult>;
export type CardOrderAck = z.output<typeof cardOrderAck>;
export type CardOrder = z.output<typeof cardOrder>;
export type SecureCardDetails = z.output<typeof secureCardDetails>;
export type PanToken = z.output<typeof panToken>;
