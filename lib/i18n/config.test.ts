import { readdirSync } from "node:fs";
import { createTranslator, IntlErrorCode, type IntlError } from "next-intl";
import { describe, expect, it } from "vitest";
import { CATALOGUE_FILES, loadMessages } from "./catalogue";
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

  it("bundles every messages file (lib/i18n/bundled.ts imports the listed ones)", () => {
    for (const locale of ["en", "zh-CN"]) {
      const files = readdirSync(`messages/${locale}`).filter((f) => f.endsWith(".json")).map((f) => f.replace(/\.json$/, ""));
      expect([...CATALOGUE_FILES].sort(), locale).toEqual(files.sort());
    }
  });

  it("has only valid ICU messages (the build precompiles them; a stray brace fails it)", () => {
    for (const locale of ["en", "zh-CN"] as const) {
      const invalid: string[] = [];
      const onError = (error: IntlError) => {
        if (error.code === IntlErrorCode.INVALID_MESSAGE) invalid.push(error.message);
      };
      const t = createTranslator({ locale, messages: loadMessages(locale), onError });
      for (const key of keys(loadMessages(locale))) t(key as never);
      expect(invalid, locale).toEqual([]);
    }
  });
});
