import Decimal from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decimalPlaces, isNegative, isPositive, isZero, MoneyError, parseAmount } from "./money-text";

// The string parser must agree with decimal.js, which did this job before and still does the arithmetic.
const D = Decimal.clone({ precision: 64, toExpNeg: -100, toExpPos: 100 });
const viaDecimal = (value: number | string) => {
  const text = new D(typeof value === "number" ? String(value) : value.trim()).toFixed();
  return text === "-0" ? "0" : text.includes(".") ? text.replace(/\.?0+$/, "") : text;
};
const digits = fc.string({ unit: fc.constantFrom(..."0123456789"), maxLength: 30 });
const decimalText = fc
  .tuple(fc.constantFrom("", "+", "-"), digits, fc.option(digits), fc.constantFrom("", " "))
  .filter(([, whole, fraction]) => whole.length > 0 || (fraction ?? "").length > 0)
  .map(([sign, whole, fraction, pad]) => `${pad}${sign}${whole}${fraction === null ? "" : `.${fraction}`}${pad}`);

describe("parseAmount without decimal.js", () => {
  it("agrees with decimal.js on plain decimal strings", () => {
    fc.assert(fc.property(decimalText, (text) => {
      expect(parseAmount(text)).toBe(viaDecimal(text));
    }), { numRuns: 2000 });
  });

  it("agrees with decimal.js on doubles, including exponent notation", () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
      expect(parseAmount(n)).toBe(viaDecimal(n));
    }), { numRuns: 2000 });
    for (const n of [1e21, 1.5e-7, -2.5e-10, 123456789e20, -0, 0.1 + 0.2]) expect(parseAmount(n)).toBe(viaDecimal(n));
  });

  it("rejects what decimal.js was never asked to read", () => {
    for (const bad of ["", "1e5", "1,000", "abc", "1.2.3", "--1", "."]) expect(() => parseAmount(bad)).toThrow(MoneyError);
    expect(() => parseAmount(Number.NaN)).toThrow(MoneyError);
  });

  it("answers sign and scale questions from the canonical text", () => {
    expect([isPositive("0.001"), isPositive("-0.00"), isPositive("0"), isNegative("-0.5"), isNegative("-0"), isZero("-0.000")]).toEqual([true, false, false, true, false, true]);
    expect([decimalPlaces("1.500"), decimalPlaces("12"), decimalPlaces(0.001)]).toEqual([1, 0, 3]);
  });
});
