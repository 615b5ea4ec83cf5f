import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FilterBar } from "@/components/filter-bar";
import { PageHeader } from "@/components/page-header";
import { Pager } from "@/components/pager";
import { ReadFailurePanel } from "@/components/read-failure";
import { requirePageRole } from "@/lib/auth/session";
import { readFailureOf } from "@/lib/data/failure";
import { listTransactions, SCAN_LIMIT } from "@/lib/data/transactions";
import { pageNumberSchema } from "@/lib/schemas/audit";
import { transactionFiltersSchema } from "@/lib/schemas/transactions";
import { CARD_TRANSACTION_STATUSES, CARD_TRANSACTION_TYPES } from "@/lib/uqpay/schemas/issuing-ledger";
import { TransactionsList } from "./_components/transactions-list";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("transactions"))("title") };
}

export default async function TransactionsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requirePageRole("viewer");
  const params = await searchParams;
  const filters = transactionFiltersSchema.parse(params);
  const page = pageNumberSchema.parse(params.page);
  const t = await getTranslations("transactions");
  const result = await listTransactions(filters, page).catch(async (error: unknown) => ({ failure: await readFailureOf(error) }));
  const values = "failure" in result ? filters : { ...filters, from: result.range.from, to: result.range.to };
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <FilterBar
        action="/transactions"
        label={t("filters")}
        values={values}
        fields={[
          { name: "card", label: t("card"), kind: "text", placeholder: t("cardPlaceholder") },
          { name: "status", label: t("status"), kind: "select", options: CARD_TRANSACTION_STATUSES.map((v) => ({ value: v, label: v })) },
          { name: "type", label: t("type"), kind: "select", options: CARD_TRANSACTION_TYPES.map((v) => ({ value: v, label: v })) },
          { name: "from", label: t("from"), kind: "date" },
          { name: "to", label: t("to"), kind: "date" },
        ]}
      />
      {"failure" in result ? (
        <div className="mt-4">
          <ReadFailurePanel title={t("loadFailed")} failure={result.failure} />
        </div>
      ) : (
        <>
          {result.range.narrowed ? <p className="mt-2 text-sm text-warning">{t("rangeNarrowed", { from: result.range.from!, to: result.range.to! })}</p> : null}
          {result.truncated ? <p className="mt-2 text-sm text-warning">{t("truncated", { limit: SCAN_LIMIT })}</p> : null}
          <TransactionsList rows={result.rows} />
          <Pager pathname="/transactions" searchParams={values} page={page} totalPages={result.totalPages} totalItems={result.totalItems} />
        </>
      )}
    </>
  );
}
