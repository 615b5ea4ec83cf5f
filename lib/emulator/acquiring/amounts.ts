import { Decimal, parseAmount } from "../core/money";
import { ACQUIRING_REST_AMOUNTS } from "./fidelity";
import { invalidParam } from "./errors";

/**
 * Settlement currencies the emulator accepts and their minor-unit digits (ISO 4217). UQPAY's
 * list is per merchant; this covers its APAC/major set. Unknown → invalid_request_error.
 */
const PRECISION: Record<string, number> = {
  USD: 2, SGD: 2, HKD: 2, EUR: 2, GBP: 2, AUD: 2, NZD: 2, CAD: 2, CHF: 2, CNY: 2, MYR: 2, THB: 2,
  PHP: 2, IDR: 2, INR: 2, TWD: 2, AED: 2, SEK: 2, NOK: 2, DKK: 2, MOP: 2,
  JPY: 0, KRW: 0, VND: 0,
  BHD: 3, KWD: 3,
};

export function currencyPrecision(currency: string): number | undefined {
  return PRECISION[currency];
}

export function readCurrency(value: unknown, field = "currency"): string {
  if (typeof value !== "string" || !/^[A-Z]{3}$/.test(value)) throw invalidParam(`${field}: must be a 3-letter ISO 4217 code`);
  if (currencyPrecision(value) === undefined) throw invalidParam(`${field}: currency ${value} is not supported`);
  return value;
}

/** A positive amount in major units, as a string (documented) or a number (some SDKs), within the currency's precision. */
export function readAmount(value: unknown, currency: string, field = "amount"): Decimal {
  const amount = parseAmount(value);
  if (!amount) throw invalidParam(`${field}: must be a decimal amount in major units`);
  if (!amount.greaterThan(0)) throw invalidParam(`${field}: must be greater than 0`);
  const places = currencyPrecision(currency) ?? 2;
  if (amount.decimalPlaces() > places) throw invalidParam(`${field}: ${currency} allows at most ${places} decimal places`);
  if (amount.greaterThanOrEqualTo("1e13")) throw invalidParam(`${field}: too large`);
  return amount;
}

/** REST form, normalised without trailing zeros (api-reference 1.4: "103.00" comes back as "103"). */
export function restAmt(value: Decimal.Value): number | string {
  const text = new Decimal(value).toFixed();
  return ACQUIRING_REST_AMOUNTS === "number" ? Number(text) : text;
}

/** Webhook form: always a string ("101", "0.01"), as in the Go SDK's captured fixtures. */
export function hookAmt(value: Decimal.Value): string {
  return new Decimal(value).toFixed();
}
