import { getLocale, getTranslations } from "next-intl/server";
import { countryOptions } from "@/lib/required-fields/countries";

/**
 * The <option>s of a country select, rendered on the server: the ISO 3166-1 list and its names
 * (i18n-iso-countries) stay out of the browser's JavaScript (issue #11). Handed to a client
 * form as a prop; the form puts it inside each country <select>.
 */
export async function CountryOptions() {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("requiredFields.ui")]);
  return (
    <>
      <option value="">{t("chooseCountry")}</option>
      {countryOptions(locale).map((c) => (
        <option key={c.code} value={c.code}>
          {c.name} ({c.code})
        </option>
      ))}
    </>
  );
}
