import { Languages } from "@/components/icons";
import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/config";
import { LanguageSelect } from "./language-select";

export async function LanguageSwitch() {
  const t = await getTranslations("nav");
  return <LanguageSelect locale={(await getLocale()) as Locale} label={t("language")} icon={<Languages className="size-4" aria-hidden />} />;
}
