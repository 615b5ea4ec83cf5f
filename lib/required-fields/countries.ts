import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json";
import zh from "i18n-iso-countries/langs/zh.json";

// The maintained ISO 3166-1 list (i18n-iso-countries) rather than a hand-kept copy: UQPAY takes
// alpha-2 codes for country_code, nationality and address countries.
countries.registerLocale(en);
countries.registerLocale(zh);

export const COUNTRY_CODES: readonly string[] = Object.keys(countries.getAlpha2Codes()).sort();
const CODE_SET = new Set(COUNTRY_CODES);

export function isCountryCode(value: string): boolean {
  return CODE_SET.has(value);
}

export type CountryOption = { code: string; name: string };

const cache = new Map<string, CountryOption[]>();

/** Every country with its name in the UI language ("en" or "zh-CN"), sorted by that name. */
export function countryOptions(locale: string): CountryOption[] {
  const lang = locale.toLowerCase().startsWith("zh") ? "zh" : "en";
  const hit = cache.get(lang);
  if (hit) return hit;
  const options = COUNTRY_CODES.map((code) => ({ code, name: countries.getName(code, lang, { select: "official" }) ?? code }));
  options.sort((a, b) => a.name.localeCompare(b.name, lang === "zh" ? "zh-CN" : "en"));
  cache.set(lang, options);
  return options;
}

export function countryName(code: string, locale: string): string {
  const lang = locale.toLowerCase().startsWith("zh") ? "zh" : "en";
  return countries.getName(code, lang, { select: "official" }) ?? code;
}
