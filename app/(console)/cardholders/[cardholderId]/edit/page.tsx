import type { Metadata } from "next";
import { Link } from "@/components/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CountryOptions } from "@/components/country-options";
import { PageHeader } from "@/components/page-header";
import { ReadFailurePanel } from "@/components/read-failure";
import { requirePageRole } from "@/lib/auth/session";
import { islandText } from "@/lib/i18n/island-text";
import { getCardholder } from "@/lib/data/cardholders";
import { readFailureOf } from "@/lib/data/failure";
import { cardholderUpdateDescriptors } from "@/lib/schemas/cardholders";
import { UpdateCardholderForm } from "../../_components/islands";

type Props = { params: Promise<{ cardholderId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("cardholders"))("edit.formLabel") };
}

export default async function EditCardholderPage({ params }: Props) {
  await requirePageRole("operator");
  const { cardholderId } = await params;
  const t = await getTranslations("cardholders");
  const result = await getCardholder(cardholderId).then(
    (cardholder) => ({ cardholder }),
    async (error: unknown) => ({ failure: await readFailureOf(error) }),
  );
  if ("failure" in result) return <ReadFailurePanel title={t("load.detailTitle")} failure={result.failure} />;
  const { cardholder } = result;
  if (!cardholder) notFound();
  const name = [cardholder.firstName, cardholder.lastName].filter(Boolean).join(" ") || cardholder.id;
  return (
    <>
      <Link href={`/cardholders/${cardholder.id}`} className="mb-2 inline-block text-sm text-muted-foreground hover:underline">
        ← {name}
      </Link>
      <PageHeader title={t("edit.title", { name })} description={t("edit.description")} />
      <UpdateCardholderForm cardholder={cardholder} descriptors={cardholderUpdateDescriptors} countries={<CountryOptions />} text={await islandText(null, ["cardholders.create", "cardholders.edit", "requiredFields", "validation", "guidance"])} />
    </>
  );
}
