import "server-only";
import { z } from "zod";
import { openEnum, optionalAmount, page, text, timestamp } from "./common";
import { BALANCE_STATUSES, BALANCE_TRANSACTION_STATUSES, BALANCE_TRANSACTION_TYPES, CARD_TRANSACTION_STATUSES, CARD_TRANSACTION_TYPES } from "./ledger-enums";

export { BALANCE_STATUSES, BALANCE_TRANSACTION_STATUSES, BALANCE_TRANSACTION_TYPES, CARD_TRANSACTION_STATUSES, CARD_TRANSACTION_TYPES };

export const issuingBalance = z.looseObject({
  balance_id: text,
  currency: z.string(),
  available_balance: optionalAmount,
  margin_balance: optionalAmount,
  frozen_balance: optionalAmount,
  balance_status: openEnum(BALANCE_STATUSES).nullish(),
  create_time: timestamp,
  last_trade_time: timestamp,
});
export const issuingBalancePage = page(issuingBalance);

export const balanceTransaction = z.looseObject({
  transaction_id: z.string(),
  short_transaction_id: text,
  account_id: text,
  account_name: text,
  balance_id: text,
  transaction_type: openEnum(BALANCE_TRANSACTION_TYPES).nullish(),
  transaction_status: openEnum(BALANCE_TRANSACTION_STATUSES).nullish(),
  currency: text,
  amount: optionalAmount,
  ending_balance: optionalAmount,
  description: text,
  create_time: timestamp,
  complete_time: timestamp,
});
export const balanceTransactionPage = page(balanceTransaction);

// REST gives merchant_data as an object; the transaction webhook wraps it in a one-item array.
const merchantFields = z.looseObject({ category_code: text, city: text, country: text, name: text });
const merchantData = z
  .union([merchantFields, z.array(merchantFields)])
  .transform((v) => (Array.isArray(v) ? (v[0] ?? null) : v));

const transactionFields = {
  card_id: text,
  card_number: text,
  cardholder_id: text,
  transaction_id: z.string(),
  short_transaction_id: text,
  original_transaction_id: text,
  transaction_type: openEnum(CARD_TRANSACTION_TYPES).nullish(),
  transaction_status: openEnum(CARD_TRANSACTION_STATUSES).nullish(),
  transaction_fee: optionalAmount,
  transaction_fee_currency: text,
  fee_pass_through: text,
  card_available_balance: optionalAmount,
  // A number in the simulator docs (856268); an id, not a quantity, so keep it as text.
  authorization_code: z.union([z.string(), z.number()]).transform(String).nullish(),
  billing_amount: optionalAmount,
  billing_currency: text,
  transaction_amount: optionalAmount,
  transaction_currency: text,
  transaction_time: timestamp,
  posted_time: timestamp,
  description: text,
  failure_reason: text,
  merchant_data: merchantData.nullish(),
  wallet_type: text,
};

export const cardTransaction = z.looseObject(transactionFields);
export const cardTransactionPage = page(cardTransaction);
/** Simulator authorization/reversal answers carry the same transaction object. */
export const simulatedTransaction = cardTransaction;

export type IssuingBalance = z.output<typeof issuingBalance>;
export type BalanceTransaction = z.output<typeof balanceTransaction>;
export type CardTransaction = z.output<typeof cardTransaction>;
