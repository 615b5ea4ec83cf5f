import Decimal from "decimal.js";
import { AMOUNTS_AS_STRINGS, REST_AMOUNT_DECIMALS } from "../fidelity";

export { Decimal };

/**
 * Reads an amount sent by a client: JSON numbers (UQPAY's documented type) and numeric strings
 * (what some SDKs send) are both accepted. Returns null when it is not a finite decimal.
 */
export function parseAmount(value: unknown): Decimal | null {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return null;
    return new Decimal(String(value));
  }
  if (typeof value === "string" && /^-?\d+(\.\d+)?$/.test(value.trim())) return new Decimal(value.trim());
  return null;
}

export function hasAtMostDecimals(value: Decimal, places: number): boolean {
  return value.decimalPlaces() <= places;
}

/** REST amount: a decimal string ("1000.00") or a number, by the one fidelity switch. */
export function restAmount(value: Decimal.Value): string | number {
  const fixed = new Decimal(value).toFixed(REST_AMOUNT_DECIMALS);
  return AMOUNTS_AS_STRINGS ? fixed : Number(fixed);
}

/** Webhook amount: always a string without trailing zeros ("10000", "988.5"), as in real captures. */
export function webhookAmount(value: Decimal.Value): string {
  return new Decimal(value).toFixed();
}

/** SQL numeric comes back as a string from both PGlite and pg. */
export function dec(value: string | number | null | undefined): Decimal {
  return new Decimal(value ?? 0);
}
