import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { requirePageRole } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("overview"))("title") };
}

export default async function OverviewPage() {
  const user = await requirePageRole("viewer");
  const t = await getTranslations();
  return (
    <>
      <PageHeader title={t("overview.title")} />
      <Card>
        <CardHeader>
          <CardTitle>{t("overview.welcome", { name: user.name })}</CardTitle>
          <CardDescription>{t("overview.description", { role: t(`roles.${user.role}`) })}</CardDescription>
        </CardHeader>
      </Card>
    </>
  );
}
