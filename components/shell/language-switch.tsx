import { Languages } from "@/components/icons";
import { getLocale, getTranslations } from "next-intl/server";
import { LOCALES } from "@/lib/i18n/config";
import { LanguageSelect } from "./language-select";

// Each language is named in itself, so a reader of either can find their own.
const NAMES: Record<(typeof LOCALES)[number], string> = { en: "English", "zh-CN": "简体中文" };

/** Everything but the select's change handler is rendered here: the island is a few lines. */
export async function LanguageSwitch() {
  const [t, locale] = await Promise.all([getTranslations("nav"), getLocale()]);
  return (
    <label className="flex items-center gap-1.5 text-sm text-muted-foreground">
      <Languages className="size-4" aria-hidden />
      <span className="sr-only">{t("language")}</span>
      <LanguageSelect locale={locale} label={t("language")}>
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {NAMES[l]}
          </option>
        ))}
      </LanguageSelect>
    </label>
  );
}
