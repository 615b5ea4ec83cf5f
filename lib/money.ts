// Decimal amounts and currencies. Every amount in the console is a canonical decimal string
// (plain notation, no exponent, no trailing zeros) paired with an ISO 4217 code. Arithmetic goes
// through decimal.js so no binary float ever touches money (house rule 9). Parsing, exponents and
// display need no arithmetic and live in lib/money-text, re-exported here, so the browser can
// format amounts without decimal.js.
import Decimal from "decimal.js";
import { DECIMAL_RE, hasValidPrecision, minorUnitExponent, MoneyError, normalizeCurrency, parseAmount, type DecimalString } from "./money-text";

export {
  decimalPlaces,
  formatAmount,
  formatAxisAmount,
  hasValidPrecision,
  isAmount,
  isCurrencyCode,
  isNegative,
  isPositive,
  isZero,
  minorUnitExponent,
  MoneyError,
  normalizeCurrency,
  parseAmount,
  tryParseAmount,
  type DecimalString,
  type FormatOptions,
} from "./money-text";

const D = Decimal.clone({ precision: 64, rounding: Decimal.ROUND_HALF_EVEN, toExpNeg: -100, toExpPos: 100 });

function toDecimal(value: number | string | Decimal): Decimal {
  if (typeof value === "object") return new D(value);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new MoneyError("Amount must be a finite number.");
    return new D(String(value));
  }
  const text = value.trim();
  if (!DECIMAL_RE.test(text)) throw new MoneyError(`Not a decimal amount: ${JSON.stringify(value)}`);
  return new D(text);
}

function canonical(d: Decimal): DecimalString {
  const text = d.toFixed();
  return text === "-0" ? "0" : text.includes(".") ? text.replace(/\.?0+$/, "") : text;
}

export function compareAmounts(a: number | string, b: number | string): -1 | 0 | 1 {
  return toDecimal(a).comparedTo(toDecimal(b)) as -1 | 0 | 1;
}

export function addAmounts(...values: (number | string)[]): DecimalString {
  return canonical(values.reduce<Decimal>((sum, v) => sum.plus(toDecimal(v)), new D(0)));
}

export function subtractAmounts(a: number | string, b: number | string): DecimalString {
  return canonical(toDecimal(a).minus(toDecimal(b)));
}

export function assertPrecision(value: number | string, currency: string): DecimalString {
  const amount = parseAmount(value);
  if (!hasValidPrecision(amount, currency)) {
    throw new MoneyError(
      `${amount} has more than ${minorUnitExponent(currency)} decimal places for ${normalizeCurrency(currency)}.`,
    );
  }
  return amount;
}

/** Integer count of minor units ("12.34" USD -> "1234"); throws when precision is too fine. */
export function toMinorUnits(value: number | string, currency: string): string {
  const amount = assertPrecision(value, currency);
  return canonical(new D(amount).times(new D(10).pow(minorUnitExponent(currency))));
}

export function fromMinorUnits(minor: number | string | bigint, currency: string): DecimalString {
  const d = toDecimal(typeof minor === "bigint" ? minor.toString() : minor);
  if (!d.isInteger()) throw new MoneyError("Minor units must be an integer.");
  return canonical(d.dividedBy(new D(10).pow(minorUnitExponent(currency))));
}

/** Pads to the currency's exponent for fixed-scale wire or CSV output ("8.9" USD -> "8.90"). */
export function toFixedScale(value: number | string, currency: string): string {
  const amount = toDecimal(value);
  return amount.toFixed(Math.max(minorUnitExponent(currency), amount.decimalPlaces()));
}

/**
 * Converts a decimal string to a JS number only for JSON serialisation, because UQPAY issuing
 * endpoints want JSON numbers. JSON.stringify writes the shortest round-trip text of a double, so
 * the bytes on the wire equal the decimal exactly as long as the value round-trips; we verify
 * that instead of assuming it (it fails past ~15 significant digits).
 */
export function toJsonNumber(value: number | string): number {
  const amount = parseAmount(value);
  const asNumber = Number(amount);
  if (!Number.isFinite(asNumber) || parseAmount(asNumber) !== amount) {
    throw new MoneyError(`${amount} cannot be sent as an exact JSON number.`);
  }
  return asNumber;
}

/** An amount as a JS number for drawing only (a chart's geometry): never for arithmetic or display. */
export function toPlotNumber(value: number | string): number {
  return toDecimal(value).toNumber();
}

