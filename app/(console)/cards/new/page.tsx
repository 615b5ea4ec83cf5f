import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { requirePageRole } from "@/lib/auth/session";
import { getCardholderOption, listIssueProducts } from "@/lib/data/card-issuing";
import { ReadFailurePanel } from "@/components/read-failure";
import { readFailureOf } from "@/lib/data/failure";
import { IssueCardForm } from "./_components/issue-card-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("cards"))("issue.title") };
}

export default async function NewCardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePageRole("operator");
  const t = await getTranslations("cards");
  const raw = (await searchParams).cardholder_id;
  const cardholderId = typeof raw === "string" && /^[0-9a-f-]{36}$/i.test(raw) ? raw : null;
  const [products, cardholder] = await Promise.allSettled([listIssueProducts(), cardholderId ? getCardholderOption(cardholderId) : Promise.resolve(null)]);
  return (
    <>
      <Link href="/cards" className="mb-2 inline-block text-sm text-muted-foreground hover:underline">
        ← {t("title")}
      </Link>
      <PageHeader title={t("issue.title")} description={t("issue.description")} />
      {products.status === "rejected" ? (
        <ReadFailurePanel title={t("load.title")} failure={await readFailureOf(products.reason)} />
      ) : (
        <IssueCardForm products={products.value} initialCardholder={cardholder.status === "fulfilled" ? cardholder.value : null} />
      )}
    </>
  );
}
