import { Plus } from "@/components/icons";
import type { Metadata } from "next";
import { Link } from "@/components/link";
import { getTranslations } from "next-intl/server";
import { InPlaceList } from "@/components/in-place-list";
import { LiveRefresh } from "@/components/live-refresh";
import { PageHeader } from "@/components/page-header";
import { Pager } from "@/components/pager";
import { Pending } from "@/components/pending";
import { ReadFailurePanel } from "@/components/read-failure";
import { buttonVariants } from "@/components/ui/button-variants";
import { requirePageRole } from "@/lib/auth/session";
import { roleAllows } from "@/lib/auth/roles";
import { listIssueProducts } from "@/lib/data/card-issuing";
import { listCards } from "@/lib/data/cards";
import { readFailureOf } from "@/lib/data/failure";
import { cardFiltersQuery, parseCardFilters, type CardFilters } from "@/lib/schemas/card-filters";
import { CARDS_FILTERS_CLASS, CardsFilters } from "./_components/cards-filters";
import { CardsTable } from "./_components/cards-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("cards"))("title") };
}

/** The card list, rendered on the server; filters live in the URL and change in place. */
export default async function CardsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageRole("viewer");
  const t = await getTranslations("cards");
  const filters = parseCardFilters(await searchParams);
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          roleAllows(user.role, "operator") ? (
            <Link href="/cards/new" className={buttonVariants()}>
              <Plus aria-hidden /> {t("issue.title")}
            </Link>
          ) : null
        }
      />
      <Pending skeleton="h-96">
        <CardsList filters={filters} />
      </Pending>
      <LiveRefresh />
    </>
  );
}

async function CardsList({ filters }: { filters: CardFilters }) {
  const t = await getTranslations("cards");
  const [cards, products] = await Promise.allSettled([listCards(filters), listIssueProducts()]);
  const options = products.status === "fulfilled" ? products.value.map((p) => ({ id: p.productId, label: p.label, currencies: p.currencies })) : [];
  const searching = Boolean(filters.q || filters.status || filters.cardholder_id || filters.product_id || filters.currency);
  return (
    <div className="grid gap-4">
      <InPlaceList
        action="/cards"
        label={t("list.searchLabel")}
        formClassName={CARDS_FILTERS_CLASS}
        autoSubmit
        loading={t("list.loading")}
        form={<CardsFilters key={cardFiltersQuery({ ...filters, page: 1 })} filters={filters} products={options} />}
      >
        {cards.status === "rejected" ? (
          <ReadFailurePanel title={t("load.title")} failure={await readFailureOf(cards.reason)} />
        ) : (
          <>
            {cards.value.stale ? <p className="text-sm text-warning">{t("list.stale")}</p> : null}
            <CardsTable items={cards.value.items} searching={searching} />
            {cards.value.totalPages > 1 ? (
              <Pager pathname="/cards" searchParams={{ ...filters, page: undefined }} page={filters.page} totalPages={cards.value.totalPages} totalItems={cards.value.totalItems} inPlace />
            ) : null}
          </>
        )}
      </InPlaceList>
    </div>
  );
}
