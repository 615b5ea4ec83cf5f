import type { Metadata } from "next";
import { Link } from "@/components/link";
import { getTranslations } from "next-intl/server";
import { CountryOptions } from "@/components/country-options";
import { PageHeader } from "@/components/page-header";
import { requirePageRole } from "@/lib/auth/session";
import { islandText } from "@/lib/i18n/island-text";
import { cardholderCreateDescriptors } from "@/lib/schemas/cardholders";
import { CreateCardholderForm } from "../_components/islands";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("cardholders"))("create.title") };
}

export default async function NewCardholderPage() {
  await requirePageRole("operator");
  const t = await getTranslations("cardholders");
  return (
    <>
      <Link href="/cardholders" className="mb-2 inline-block text-sm text-muted-foreground hover:underline">
        ← {t("detail.back")}
      </Link>
      <PageHeader title={t("create.title")} description={t("create.description")} />
      <CreateCardholderForm descriptors={cardholderCreateDescriptors} countries={<CountryOptions />} text={await islandText(null, ["cardholders.create", "cardholders.edit", "requiredFields", "validation", "guidance"])} />
    </>
  );
}
