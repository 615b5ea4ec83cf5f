import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FILTER_FORM_CLASS, FilterFields } from "@/components/filter-bar";
import { InPlaceList } from "@/components/in-place-list";
import { LiveRefresh } from "@/components/live-refresh";
import { PageHeader } from "@/components/page-header";
import { Pending } from "@/components/pending";
import { Pager } from "@/components/pager";
import { ReadFailurePanel } from "@/components/read-failure";
import { requirePageRole } from "@/lib/auth/session";
import { listBalances, listMovements } from "@/lib/data/balances";
import { readFailureOf } from "@/lib/data/failure";
import { balanceMovementQuery, parseBalanceMovementQuery, type BalanceMovementQuery } from "@/lib/schemas/balances";
import { BALANCE_TRANSACTION_STATUSES, BALANCE_TRANSACTION_TYPES } from "@/lib/uqpay/schemas/ledger-enums";
import { BalanceCards } from "./_components/balance-cards";
import { MovementsTable } from "./_components/movements-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("balances"))("title") };
}

export default async function BalancesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePageRole("viewer");
  const query = parseBalanceMovementQuery(await searchParams);
  const t = await getTranslations("balances");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <Pending skeleton="h-[28rem]">
        <Balances {...query} />
      </Pending>
      <LiveRefresh />
    </>
  );
}

async function Balances({ filters, page, narrowed }: BalanceMovementQuery) {
  const [t, tl] = await Promise.all([getTranslations("balances"), getTranslations("lists")]);
  // Independent reads, in parallel: a failure of one still shows the other.
  const [balances, movements] = await Promise.allSettled([listBalances(), listMovements(filters, page)]);
  const currencies = balances.status === "fulfilled" ? balances.value.map((b) => b.currency) : [];
  return (
    <>
      {balances.status === "fulfilled" ? <BalanceCards balances={balances.value} /> : <ReadFailurePanel title={t("loadFailed")} failure={await readFailureOf(balances.reason)} />}
      <h2 className="mb-3 mt-8 text-lg font-semibold">{t("movements")}</h2>
      <div className="grid gap-3">
        <InPlaceList
          action="/balances"
          label={t("filters")}
          formClassName={FILTER_FORM_CLASS}
          loading={tl("loading")}
          form={
            <FilterFields
              key={balanceMovementQuery(filters)}
              values={filters}
              fields={[
                { name: "type", label: t("type"), kind: "select", options: BALANCE_TRANSACTION_TYPES.map((v) => ({ value: v, label: v })) },
                { name: "status", label: t("status"), kind: "select", options: BALANCE_TRANSACTION_STATUSES.map((v) => ({ value: v, label: v })) },
                { name: "currency", label: t("currency"), kind: "select", options: currencies.map((c) => ({ value: c, label: c })) },
                { name: "from", label: t("from"), kind: "date" },
                { name: "to", label: t("to"), kind: "date" },
              ]}
            />
          }
        >
          {narrowed ? (
            <p role="status" className="text-sm text-warning">
              {t("rangeNarrowed", { from: filters.from!, to: filters.to! })}
            </p>
          ) : null}
          {movements.status === "fulfilled" ? (
            <div>
              <MovementsTable movements={movements.value.movements} />
              <Pager pathname="/balances" searchParams={filters} page={page} totalPages={movements.value.totalPages} totalItems={movements.value.totalItems} inPlace />
            </div>
          ) : (
            <ReadFailurePanel title={t("loadFailed")} failure={await readFailureOf(movements.reason)} />
          )}
        </InPlaceList>
      </div>
    </>
  );
}
