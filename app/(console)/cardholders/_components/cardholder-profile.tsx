import { getLocale, getTranslations } from "next-intl/server";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { UqpayTime } from "@/components/uqpay-time";
import type { CardholderView } from "@/lib/data/cardholders";
import { countryName } from "@/lib/required-fields/countries";
import { DetailList } from "./detail-list";

export async function CardholderProfile({ cardholder: c }: { cardholder: CardholderView }) {
  const t = await getTranslations("cardholders.detail");
  const tf = await getTranslations("requiredFields");
  const locale = await getLocale();
  const country = (code: string | null) => (code ? `${countryName(code, locale)} (${code})` : null);
  const a = c.residentialAddress;
  const address = a
    ? [a.line1, a.line2, a.line_en, a.district, a.city, a.state, a.postal_code, a.country ? country(a.country) : null].filter(Boolean).join(", ")
    : null;
  const gender = c.gender && tf.has(`options.gender.${c.gender}`) ? tf(`options.gender.${c.gender}`) : c.gender;
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("profile")}</CardTitle>
      </CardHeader>
      <CardContent>
        <DetailList
          empty={t("notSet")}
          items={[
            [t("id"), <span key="id" className="font-mono text-xs">{c.id}</span>],
            [t("name"), [c.firstName, c.lastName].filter(Boolean).join(" ")],
            [t("email"), c.email],
            [t("phone"), c.phoneNumber],
            [t("country"), country(c.countryCode)],
            [t("dateOfBirth"), c.dateOfBirth],
            [t("gender"), gender],
            [t("nationality"), country(c.nationality)],
            [t("address"), address],
            [t("created"), c.createTime ? <UqpayTime key="created" value={c.createTime} /> : null],
          ]}
        />
      </CardContent>
    </Card>
  );
}
