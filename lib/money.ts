// Decimal amounts and currencies. Every amount in the console is a canonical decimal string
// (plain notation, no exponent, no trailing zeros) paired with an ISO 4217 code. Arithmetic goes
// through decimal.js so no binary float ever touches money (house rule 9).
import Decimal from "decimal.js";

/** A canonical decimal string such as "1000", "8.98" or "-0.001". */
export type DecimalString = string;

const D = Decimal.clone({ precision: 64, rounding: Decimal.ROUND_HALF_EVEN, toExpNeg: -100, toExpPos: 100 });

// Only plain decimal notation is accepted from strings: UQPAY sends "1000.00", "988.5", "0.001".
const DECIMAL_RE = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

// ISO 4217 exponents that differ from the default of 2.
const ZERO_DECIMALS = new Set([
  "BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "UYI", "VND", "VUV", "XAF", "XOF", "XPF",
]);
const THREE_DECIMALS = new Set(["BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"]);

export class MoneyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MoneyError";
  }
}

function toDecimal(value: number | string | Decimal): Decimal {
  if (typeof value === "object") return new D(value);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new MoneyError("Amount must be a finite number.");
    // String(n) is the shortest text that round-trips to n, i.e. exactly the decimal the JSON
    // sender wrote (2100.02 stays "2100.02"); no float arithmetic happens here.
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

/** Parses a number or decimal string into a canonical decimal string; throws MoneyError. */
export function parseAmount(value: number | string): DecimalString {
  return canonical(toDecimal(value));
}

/** Like parseAmount but returns null instead of throwing (for tolerant wire parsing). */
export function tryParseAmount(value: unknown): DecimalString | null {
  if (typeof value !== "number" && typeof value !== "string") return null;
  try {
    return parseAmount(value);
  } catch {
    return null;
  }
}

export function isAmount(value: unknown): boolean {
  return tryParseAmount(value) !== null;
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

export function isZero(value: number | string): boolean {
  return toDecimal(value).isZero();
}

export function isPositive(value: number | string): boolean {
  return toDecimal(value).greaterThan(0);
}

export function isNegative(value: number | string): boolean {
  return toDecimal(value).lessThan(0);
}

export function normalizeCurrency(currency: string): string {
  return currency.trim().toUpperCase();
}

export function isCurrencyCode(currency: string): boolean {
  return /^[A-Z]{3}$/.test(normalizeCurrency(currency));
}

/** Minor-unit exponent: 0 for JPY/KRW, 3 for KWD/BHD, 2 otherwise. */
export function minorUnitExponent(currency: string): number {
  const code = normalizeCurrency(currency);
  if (ZERO_DECIMALS.has(code)) return 0;
  if (THREE_DECIMALS.has(code)) return 3;
  return 2;
}

/** Number of digits after the decimal point in the canonical form. */
export function decimalPlaces(value: number | string): number {
  return toDecimal(value).decimalPlaces();
}

/** True when the amount has no more fractional digits than the currency allows. */
export function hasValidPrecision(value: number | string, currency: string): boolean {
  return decimalPlaces(value) <= minorUnitExponent(currency);
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

export type FormatOptions = {
  /** "symbol" ($1.00), "code" (USD 1.00) or "name". */
  currencyDisplay?: "symbol" | "narrowSymbol" | "code" | "name";
  signDisplay?: "auto" | "always" | "exceptZero" | "never";
};

/**
 * Formats for display with Intl. The value goes to Intl as a string (Intl.NumberFormat v3 formats
 * string decimals exactly). Extra precision beyond the currency exponent is shown, not rounded
 * away: UQPAY does send sub-cent refunds like "0.001" SGD.
 */
export function formatAmount(
  value: number | string,
  currency: string,
  locale: string,
  options: FormatOptions = {},
): string {
  const amount = parseAmount(value);
  const code = normalizeCurrency(currency);
  const digits = Math.max(minorUnitExponent(code), decimalPlaces(amount));
  const numberOptions = { minimumFractionDigits: digits, maximumFractionDigits: digits, signDisplay: options.signDisplay };
  const text = amount as Intl.StringNumericLiteral;
  try {
    return new Intl.NumberFormat(locale, {
      ...numberOptions,
      style: "currency",
      currency: code,
      currencyDisplay: options.currencyDisplay ?? "symbol",
    }).format(text);
  } catch {
    // Unknown or non-ISO codes (UQPAY lists "XUSD") make Intl throw; show number + code instead.
    return `${new Intl.NumberFormat(locale, numberOptions).format(text)} ${code}`;
  }
}

/** An amount as a JS number for drawing only (a chart's geometry): never for arithmetic or display. */
export function toPlotNumber(value: number | string): number {
  return toDecimal(value).toNumber();
}

/** A short axis label ("$1.5K", "¥20万"): for chart ticks, where exact amounts are shown elsewhere. */
export function formatAxisAmount(value: number | string, currency: string, locale: string): string {
  const text = parseAmount(value) as Intl.StringNumericLiteral;
  const options = { notation: "compact", minimumFractionDigits: 0, maximumFractionDigits: 1 } as const;
  try {
    return new Intl.NumberFormat(locale, { ...options, style: "currency", currency: normalizeCurrency(currency) }).format(text);
  } catch {
    return `${new Intl.NumberFormat(locale, options).format(text)} ${normalizeCurrency(currency)}`;
  }
}
