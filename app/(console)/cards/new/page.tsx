import type { Metadata } from "next";
import { Link } from "@/components/link";
import { getTranslations } from "next-intl/server";
import { CountryOptions } from "@/components/country-options";
import { Plus, Trash2 } from "@/components/icons";
import { PageHeader } from "@/components/page-header";
import { Pending } from "@/components/pending";
import { ReadFailurePanel } from "@/components/read-failure";
import { requirePageRole } from "@/lib/auth/session";
import { getCardholderOption, listIssueProducts } from "@/lib/data/card-issuing";
import { readFailureOf } from "@/lib/data/failure";
import { islandText } from "@/lib/i18n/island-text";
import { describeFields } from "@/lib/required-fields/describe";
import { AUTO_CANCEL_TRIGGERS, issueCardSchema, USAGE_TYPES } from "@/lib/schemas/cards";
import { IssueCardForm } from "./_components/islands";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("cards"))("issue.title") };
}

// The form's words; it is a client island without the catalogue (issue #11).
const TEXT_KEYS = [
  "cards.issue", "cards.fields", "cards.hints", "cards.mccModes", "cards.detail.yes", "cards.detail.no", "cards.actions.addMetadata",
  "cards.actions.removeMetadata", "cards.picker", "cards.result", "cards.validation", "cards.countdown", "cards.status", "requiredFields",
  "validation", "guidance",
];

export default async function NewCardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePageRole("operator");
  const t = await getTranslations("cards");
  const raw = (await searchParams).cardholder_id;
  const cardholderId = typeof raw === "string" && /^[0-9a-f-]{36}$/i.test(raw) ? raw : null;
  return (
    <>
      <Link href="/cards" className="mb-2 inline-block text-sm text-muted-foreground hover:underline">
        ← {t("title")}
      </Link>
      <PageHeader title={t("issue.title")} description={t("issue.description")} />
      <Pending skeleton="h-[36rem]">
        <IssueForm cardholderId={cardholderId} />
      </Pending>
    </>
  );
}

async function IssueForm({ cardholderId }: { cardholderId: string | null }) {
  const t = await getTranslations("cards");
  const [products, cardholder] = await Promise.allSettled([listIssueProducts(), cardholderId ? getCardholderOption(cardholderId) : Promise.resolve(null)]);
  return products.status === "rejected" ? (
    <ReadFailurePanel title={t("load.title")} failure={await readFailureOf(products.reason)} />
  ) : products.value.length === 0 ? (
    <p className="text-sm text-muted-foreground">{t("issue.noProducts")}</p>
  ) : (
    <IssueCardForm
      products={products.value.map(({ requiredFields, ...p }) => ({ ...p, descriptors: describeFields(requiredFields) }))}
      initialCardholder={cardholder.status === "fulfilled" ? cardholder.value : null}
      cardFields={Object.keys(issueCardSchema.shape)}
      usageTypes={USAGE_TYPES.map((value) => ({ value, label: t(`usage.${value}`) }))}
      autoCancelTriggers={AUTO_CANCEL_TRIGGERS.map((value) => ({ value, label: t(`autoCancel.${value}`) }))}
      countries={<CountryOptions />}
      icons={{ add: <Plus aria-hidden />, remove: <Trash2 aria-hidden /> }}
      text={await islandText(null, TEXT_KEYS)}
    />
  );
}
