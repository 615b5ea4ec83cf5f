import { describe, expect, it } from "vitest";
import {
  addAmounts,
  assertPrecision,
  compareAmounts,
  formatAmount,
  formatAxisAmount,
  fromMinorUnits,
  hasValidPrecision,
  isPositive,
  isZero,
  minorUnitExponent,
  MoneyError,
  parseAmount,
  subtractAmounts,
  toFixedScale,
  toJsonNumber,
  toPlotNumber,
  toMinorUnits,
  tryParseAmount,
} from "./money";

describe("parseAmount", () => {
  it.each([
    ["1000.00", "1000"],
    ["988.5", "988.5"],
    [" 0.001 ", "0.001"],
    ["+5", "5"],
    [".5", "0.5"],
    ["-0.00", "0"],
    ["00012.3400", "12.34"],
  ])("canonicalises the string %s", (input, expected) => {
    expect(parseAmount(input)).toBe(expected);
  });

  it.each([
    [2100.02, "2100.02"],
    [0.1, "0.1"],
    [1000, "1000"],
    [70.25, "70.25"],
  ])("takes the JSON number %s as the decimal it was written as", (input, expected) => {
    expect(parseAmount(input)).toBe(expected);
  });

  it.each(["", "abc", "1e5", "1,000.00", "2000USD", "NaN", "--1"])("rejects %j", (input) => {
    expect(() => parseAmount(input)).toThrow(MoneyError);
    expect(tryParseAmount(input)).toBeNull();
  });

  it("rejects non-finite numbers and non-amount types", () => {
    expect(() => parseAmount(Number.NaN)).toThrow(MoneyError);
    expect(() => parseAmount(Number.POSITIVE_INFINITY)).toThrow(MoneyError);
    expect(tryParseAmount(null)).toBeNull();
    expect(tryParseAmount({})).toBeNull();
  });
});

describe("arithmetic without floats", () => {
  it("adds the classic 0.1 + 0.2 exactly", () => {
    expect(addAmounts("0.1", "0.2")).toBe("0.3");
    expect(addAmounts(0.1, 0.2)).toBe("0.3");
  });

  it("subtracts and compares", () => {
    expect(subtractAmounts("1000.00", "0.01")).toBe("999.99");
    expect(subtractAmounts("1", "1.5")).toBe("-0.5");
    expect(compareAmounts("10", "9.99")).toBe(1);
    expect(compareAmounts("10.0", 10)).toBe(0);
    expect(compareAmounts("-1", "0")).toBe(-1);
    expect(isZero("0.000")).toBe(true);
    expect(isPositive("0.01")).toBe(true);
    expect(isPositive("0")).toBe(false);
  });

  it("keeps large values exact", () => {
    expect(addAmounts("99999999999999999.99", "0.01")).toBe("100000000000000000");
  });
});

describe("currency exponents and precision", () => {
  it("knows the exponents", () => {
    expect(minorUnitExponent("JPY")).toBe(0);
    expect(minorUnitExponent("krw")).toBe(0);
    expect(minorUnitExponent("KWD")).toBe(3);
    expect(minorUnitExponent("BHD")).toBe(3);
    expect(minorUnitExponent("USD")).toBe(2);
    expect(minorUnitExponent("SGD")).toBe(2);
  });

  it("validates precision per currency", () => {
    expect(hasValidPrecision("10.12", "USD")).toBe(true);
    expect(hasValidPrecision("10.123", "USD")).toBe(false);
    expect(hasValidPrecision("10.120", "USD")).toBe(true);
    expect(hasValidPrecision("10", "JPY")).toBe(true);
    expect(hasValidPrecision("10.5", "JPY")).toBe(false);
    expect(hasValidPrecision("1.005", "KWD")).toBe(true);
    expect(() => assertPrecision("1.001", "SGD")).toThrow(/more than 2 decimal places/);
  });

  it("converts to and from minor units", () => {
    expect(toMinorUnits("12.34", "USD")).toBe("1234");
    expect(toMinorUnits("500", "JPY")).toBe("500");
    expect(toMinorUnits("1.005", "KWD")).toBe("1005");
    expect(fromMinorUnits("1234", "USD")).toBe("12.34");
    expect(fromMinorUnits(5n, "KWD")).toBe("0.005");
    expect(() => fromMinorUnits("1.5", "USD")).toThrow(MoneyError);
  });

  it("pads to the currency scale", () => {
    expect(toFixedScale("8.9", "USD")).toBe("8.90");
    expect(toFixedScale("100", "JPY")).toBe("100");
    expect(toFixedScale("0.001", "SGD")).toBe("0.001");
  });
});

describe("toJsonNumber", () => {
  it("emits JSON text equal to the decimal", () => {
    for (const value of ["0.1", "1000.01", "2100.02", "0.29", "123456789.12", "1.005"]) {
      expect(JSON.stringify({ amount: toJsonNumber(value) })).toBe(`{"amount":${value}}`);
    }
  });

  it("refuses values a double cannot carry exactly", () => {
    expect(() => toJsonNumber("12345678901234567.89")).toThrow(MoneyError);
  });
});

describe("formatAmount", () => {
  it("formats per locale with the currency exponent", () => {
    expect(formatAmount("1234.5", "USD", "en-US")).toBe("$1,234.50");
    expect(formatAmount("1234", "JPY", "en-US")).toBe("¥1,234");
    expect(formatAmount("1.5", "KWD", "en-US", { currencyDisplay: "code" })).toMatch(/KWD\s1\.500/);
    expect(formatAmount("8.98", "SGD", "zh-CN")).toContain("8.98");
  });

  it("shows extra precision instead of rounding it away", () => {
    expect(formatAmount("0.001", "SGD", "en-US", { currencyDisplay: "code" })).toMatch(/SGD\s0\.001/);
  });

  it("formats huge values exactly (strings go to Intl, not floats)", () => {
    expect(formatAmount("12345678901234567.01", "USD", "en-US")).toBe("$12,345,678,901,234,567.01");
  });

  it("falls back for non-ISO codes such as XUSD", () => {
    expect(formatAmount("10", "XUSD", "en-US")).toBe("10.00 XUSD");
  });
});

describe("chart helpers", () => {
  it("turns amounts into plot numbers only for geometry", () => {
    expect(toPlotNumber("120.5")).toBe(120.5);
    expect(toPlotNumber("0")).toBe(0);
  });

  it("labels axis ticks compactly in the currency", () => {
    expect(formatAxisAmount(1500, "USD", "en-US")).toBe("$1.5K");
    expect(formatAxisAmount("0", "SGD", "en-US")).toMatch(/^SGD\s0$/);
    expect(formatAxisAmount(20, "XUSD", "en-US")).toBe("20 XUSD");
  });
});
