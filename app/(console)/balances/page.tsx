import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FilterBar } from "@/components/filter-bar";
import { PageHeader } from "@/components/page-header";
import { Pager } from "@/components/pager";
import { ReadFailurePanel } from "@/components/read-failure";
import { requirePageRole } from "@/lib/auth/session";
import { loadBalances } from "@/lib/data/balances";
import { readFailureOf } from "@/lib/data/failure";
import { pageNumberSchema } from "@/lib/schemas/audit";
import { balanceFiltersSchema } from "@/lib/schemas/balances";
import { BALANCE_TRANSACTION_STATUSES, BALANCE_TRANSACTION_TYPES } from "@/lib/uqpay/schemas/ledger-enums";
import { BalanceCards } from "./_components/balance-cards";
import { MovementsTable } from "./_components/movements-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("balances"))("title") };
}

export default async function BalancesPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requirePageRole("viewer");
  const params = await searchParams;
  const filters = balanceFiltersSchema.parse(params);
  const page = pageNumberSchema.parse(params.page);
  const t = await getTranslations("balances");
  const result = await loadBalances(filters, page).catch(async (error: unknown) => ({ failure: await readFailureOf(error) }));
  if ("failure" in result) {
    return (
      <>
        <PageHeader title={t("title")} />
        <ReadFailurePanel title={t("loadFailed")} failure={result.failure} />
      </>
    );
  }
  const values = { ...filters, from: result.range.from, to: result.range.to };
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <BalanceCards balances={result.balances} />
      <h2 className="mb-3 mt-8 text-lg font-semibold">{t("movements")}</h2>
      <FilterBar
        action="/balances"
        label={t("filters")}
        values={values}
        fields={[
          { name: "type", label: t("type"), kind: "select", options: BALANCE_TRANSACTION_TYPES.map((v) => ({ value: v, label: v })) },
          { name: "status", label: t("status"), kind: "select", options: BALANCE_TRANSACTION_STATUSES.map((v) => ({ value: v, label: v })) },
          { name: "currency", label: t("currency"), kind: "select", options: result.balances.map((b) => ({ value: b.currency, label: b.currency })) },
          { name: "from", label: t("from"), kind: "date" },
          { name: "to", label: t("to"), kind: "date" },
        ]}
      />
      {result.range.narrowed ? <p className="mt-2 text-sm text-warning">{t("rangeNarrowed", { from: result.range.from!, to: result.range.to! })}</p> : null}
      <MovementsTable movements={result.movements} />
      <Pager pathname="/balances" searchParams={values} page={page} totalPages={result.totalPages} totalItems={result.totalItems} />
    </>
  );
}
