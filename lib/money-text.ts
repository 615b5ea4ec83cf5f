// The half of lib/money that needs no arithmetic: reading a decimal string, its currency's
// exponent, and display with Intl. Plain string handling, no decimal.js, so client components can
// show amounts without shipping an arbitrary-precision library (issue #11). lib/money re-exports
// all of it; import this module directly only from code that runs in the browser.

/** A canonical decimal string such as "1000", "8.98" or "-0.001". */
export type DecimalString = string;

// Only plain decimal notation is accepted from strings: UQPAY sends "1000.00", "988.5", "0.001".
export const DECIMAL_RE = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
// String(n) of a double is plain or, past 1e21 and below 1e-6, exponent notation.
const NUMBER_TEXT_RE = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;

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

/** Sign, integer digits and fraction digits to canonical form: no leading or trailing zeros, no "-0". */
function canonicalParts(negative: boolean, whole: string, fraction: string): DecimalString {
  const int = whole.replace(/^0+/, "") || "0";
  const frac = fraction.replace(/0+$/, "");
  if (int === "0" && frac === "") return "0";
  return `${negative ? "-" : ""}${int}${frac ? `.${frac}` : ""}`;
}

/** Parses a number or decimal string into a canonical decimal string; throws MoneyError. */
export function parseAmount(value: number | string): DecimalString {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new MoneyError("Amount must be a finite number.");
    // String(n) is the shortest text that round-trips to n, i.e. exactly the decimal the JSON
    // sender wrote (2100.02 stays "2100.02"); no float arithmetic happens here.
    const [, sign, whole, fraction = "", exp = "0"] = NUMBER_TEXT_RE.exec(String(value))!;
    const digits = whole + fraction;
    const point = whole.length + Number(exp);
    if (point <= 0) return canonicalParts(sign === "-", "0", "0".repeat(-point) + digits);
    if (point >= digits.length) return canonicalParts(sign === "-", digits + "0".repeat(point - digits.length), "");
    return canonicalParts(sign === "-", digits.slice(0, point), digits.slice(point));
  }
  const text = value.trim();
  if (!DECIMAL_RE.test(text)) throw new MoneyError(`Not a decimal amount: ${JSON.stringify(value)}`);
  const unsigned = text.replace(/^[+-]/, "");
  const [whole, fraction = ""] = unsigned.split(".");
  return canonicalParts(text.startsWith("-"), whole, fraction);
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

export function isZero(value: number | string): boolean {
  return parseAmount(value) === "0";
}

export function isPositive(value: number | string): boolean {
  const amount = parseAmount(value);
  return amount !== "0" && !amount.startsWith("-");
}

export function isNegative(value: number | string): boolean {
  return parseAmount(value).startsWith("-");
}

/** Number of digits after the decimal point in the canonical form. */
export function decimalPlaces(value: number | string): number {
  const amount = parseAmount(value);
  const point = amount.indexOf(".");
  return point < 0 ? 0 : amount.length - point - 1;
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

/** True when the amount has no more fractional digits than the currency allows. */
export function hasValidPrecision(value: number | string, currency: string): boolean {
  return decimalPlaces(value) <= minorUnitExponent(currency);
}

export type FormatOptions = {
  /** "symbol" ($1.00), "code" (USD 1.00) or "name". */
  currencyDisplay?: "symbol" | "narrowSymbol" | "code" | "name";
  signDisplay?: "auto" | "always" | "exceptZero" | "never";
};

// Building an Intl.NumberFormat costs far more than formatting with one, and a table formats the
// same few currencies again and again: formatters are kept per locale and options.
const formatters = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, options);
    if (formatters.size >= 500) formatters.clear();
    formatters.set(key, formatter);
  }
  return formatter;
}

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
    return numberFormat(locale, {
      ...numberOptions,
      style: "currency",
      currency: code,
      currencyDisplay: options.currencyDisplay ?? "symbol",
    }).format(text);
  } catch {
    // Unknown or non-ISO codes (UQPAY lists "XUSD") make Intl throw; show number + code instead.
    return `${numberFormat(locale, numberOptions).format(text)} ${code}`;
  }
}

/** A short axis label ("$1.5K", "¥20万"): for chart ticks, where exact amounts are shown elsewhere. */
export function formatAxisAmount(value: number | string, currency: string, locale: string): string {
  const text = parseAmount(value) as Intl.StringNumericLiteral;
  const options = { notation: "compact", minimumFractionDigits: 0, maximumFractionDigits: 1 } as const;
  try {
    return numberFormat(locale, { ...options, style: "currency", currency: normalizeCurrency(currency) }).format(text);
  } catch {
    return `${numberFormat(locale, options).format(text)} ${normalizeCurrency(currency)}`;
  }
}
