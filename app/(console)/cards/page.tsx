import { Plus } from "@/components/icons";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { Button } from "@/components/ui/button";
import { requirePageRole } from "@/lib/auth/session";
import { roleAllows } from "@/lib/auth/roles";
import { listIssueProducts } from "@/lib/data/card-issuing";
import { listCards } from "@/lib/data/cards";
import { parseCardFilters } from "@/lib/schemas/card-filters";
import { CardsBrowser } from "./_components/cards-browser";
import { ReadFailurePanel } from "@/components/read-failure";
import { readFailureOf } from "@/lib/data/failure";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("cards"))("title") };
}

export default async function CardsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageRole("viewer");
  const t = await getTranslations("cards");
  const filters = parseCardFilters(await searchParams);
  const [cards, products] = await Promise.allSettled([listCards(filters), listIssueProducts()]);
  const canIssue = roleAllows(user.role, "operator");
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          canIssue ? (
            <Button asChild>
              <Link href="/cards/new">
                <Plus aria-hidden /> {t("issue.title")}
              </Link>
            </Button>
          ) : null
        }
      />
      {cards.status === "rejected" ? (
        <ReadFailurePanel title={t("load.title")} failure={await readFailureOf(cards.reason)} />
      ) : (
        <CardsBrowser
          initialFilters={filters}
          initial={cards.value}
          products={products.status === "fulfilled" ? products.value.map((p) => ({ id: p.productId, label: p.label, currencies: p.currencies })) : []}
        />
      )}
    </>
  );
}
