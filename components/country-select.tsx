"use client";

import { useLocale, useTranslations } from "next-intl";
import { useMemo, type ComponentProps } from "react";
import { NativeSelect } from "@/components/ui/native-select";
import { countryOptions } from "@/lib/required-fields/countries";

/** ISO 3166-1 alpha-2 country select; names in the UI language, the code as the wire value. */
export function CountrySelect(props: ComponentProps<"select">) {
  const locale = useLocale();
  const t = useTranslations("requiredFields.ui");
  const options = useMemo(() => countryOptions(locale), [locale]);
  return (
    <NativeSelect {...props}>
      <option value="">{t("chooseCountry")}</option>
      {options.map((c) => (
        <option key={c.code} value={c.code}>
          {c.name} ({c.code})
        </option>
      ))}
    </NativeSelect>
  );
}
