import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { negotiateLocale } from "./config";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe("i18n", () => {
  it("negotiates from Accept-Language", () => {
    expect(negotiateLocale("zh-TW,zh;q=0.9")).toBe("zh-CN");
    expect(negotiateLocale("fr-FR, en;q=0.5")).toBe("en");
    expect(negotiateLocale(null)).toBe("en");
  });

  it("has the same keys in English and Simplified Chinese", () => {
    const en = keys(JSON.parse(readFileSync("messages/en.json", "utf8"))).sort();
    const zh = keys(JSON.parse(readFileSync("messages/zh-CN.json", "utf8"))).sort();
    expect(zh).toEqual(en);
  });
});
