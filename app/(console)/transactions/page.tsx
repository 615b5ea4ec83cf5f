import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FILTER_FORM_CLASS, FilterFields } from "@/components/filter-bar";
import { InPlaceList } from "@/components/in-place-list";
import { IslandMessages } from "@/components/island-messages";
import { LiveRefresh } from "@/components/live-refresh";
import { PageHeader } from "@/components/page-header";
import { Pending } from "@/components/pending";
import { Pager } from "@/components/pager";
import { ReadFailurePanel } from "@/components/read-failure";
import { requirePageRole } from "@/lib/auth/session";
import { readFailureOf } from "@/lib/data/failure";
import { listTransactions, SCAN_LIMIT } from "@/lib/data/transactions";
import { parseTransactionView, transactionQuery, type TransactionFilters } from "@/lib/schemas/transactions";
import { CARD_TRANSACTION_STATUSES, CARD_TRANSACTION_TYPES } from "@/lib/uqpay/schemas/ledger-enums";
import { ExportIsland } from "./_components/export-island";
import { TransactionsList } from "./_components/transactions-list";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("transactions"))("title") };
}

/**
 * The transaction list, rendered on the server. Filters live in the URL and change in place; a
 * range over UQPAY's 90 days is narrowed, and said so, before any request reaches UQPAY.
 */
export default async function TransactionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePageRole("viewer");
  const { filters, page, narrowed } = parseTransactionView(await searchParams);
  const [t, tl] = await Promise.all([getTranslations("transactions"), getTranslations("lists")]);
  return (
    <IslandMessages namespaces={["transactions.export"]}>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="grid gap-3">
        <InPlaceList
          action="/transactions"
          label={t("filters")}
          formClassName={FILTER_FORM_CLASS}
          loading={tl("loading")}
          form={
            <FilterFields
              key={transactionQuery(filters)}
              values={filters}
              fields={[
                { name: "card", label: t("card"), kind: "text", placeholder: t("cardPlaceholder") },
                { name: "status", label: t("status"), kind: "select", options: CARD_TRANSACTION_STATUSES.map((v) => ({ value: v, label: v })) },
                { name: "type", label: t("type"), kind: "select", options: CARD_TRANSACTION_TYPES.map((v) => ({ value: v, label: v })) },
                { name: "from", label: t("from"), kind: "date" },
                { name: "to", label: t("to"), kind: "date" },
              ]}
            >
              <ExportIsland query={transactionQuery(filters)} />
            </FilterFields>
          }
        >
          {narrowed ? (
            <p role="status" className="text-sm text-warning">
              {t("rangeNarrowed", { from: filters.from!, to: filters.to! })}
            </p>
          ) : null}
          <Pending>
            <Transactions filters={filters} page={page} />
          </Pending>
        </InPlaceList>
      </div>
      <LiveRefresh />
    </IslandMessages>
  );
}

async function Transactions({ filters, page }: { filters: TransactionFilters; page: number }) {
  const t = await getTranslations("transactions");
  const result = await listTransactions(filters, page).catch(async (error: unknown) => ({ failure: await readFailureOf(error) }));
  return "failure" in result ? (
    <ReadFailurePanel title={t("loadFailed")} failure={result.failure} />
  ) : (
    <>
      {result.truncated ? (
        <p role="status" className="text-sm text-warning">
          {t("truncated", { limit: SCAN_LIMIT })}
        </p>
      ) : null}
      <div>
        <TransactionsList rows={result.rows} />
        <Pager pathname="/transactions" searchParams={filters} page={page} totalPages={result.totalPages} totalItems={result.totalItems} inPlace />
      </div>
    </>
  );
}
