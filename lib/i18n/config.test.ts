import { describe, expect, it } from "vitest";
import { loadMessages } from "./catalogue";
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
    const en = keys(loadMessages("en")).sort();
    const zh = keys(loadMessages("zh-CN")).sort();
    expect(zh).toEqual(en);
  });
});
