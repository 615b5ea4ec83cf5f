"use client";

import { useTranslations } from "next-intl";
import { FilterBar } from "@/components/filter-bar";
import { ListStatus } from "@/components/list-status";
import { Pager } from "@/components/pager";
import type { MovementPage } from "@/lib/data/balances";
import { balanceKeys, fetchMovements } from "@/lib/query/balances";
import { useUrlList } from "@/lib/query/use-url-list";
import { balanceMovementQuery, readBalanceMovementQuery } from "@/lib/filters/balances";
import { BALANCE_TRANSACTION_STATUSES, BALANCE_TRANSACTION_TYPES } from "@/lib/uqpay/schemas/ledger-enums";
import { MovementsTable } from "./movements-table";

/** Balance movements: filters in the URL, changed in place, rows kept while the next page loads. */
export function MovementsBrowser({ initialQuery, initial, currencies }: { initialQuery: string; initial: MovementPage; currencies: string[] }) {
  const t = useTranslations("balances");
  const { filters, page, narrowed, query, loadingNext, toPage } = useUrlList({
    pathname: "/balances",
    parse: readBalanceMovementQuery,
    spell: balanceMovementQuery,
    queryKey: balanceKeys.movements,
    fetchPage: fetchMovements,
    initial,
    initialQuery,
  });
  const data = query.data;
  return (
    <div className="grid gap-3">
      <FilterBar
        key={balanceMovementQuery(filters)}
        action="/balances"
        inPlace
        label={t("filters")}
        values={filters}
        fields={[
          { name: "type", label: t("type"), kind: "select", options: BALANCE_TRANSACTION_TYPES.map((v) => ({ value: v, label: v })) },
          { name: "status", label: t("status"), kind: "select", options: BALANCE_TRANSACTION_STATUSES.map((v) => ({ value: v, label: v })) },
          { name: "currency", label: t("currency"), kind: "select", options: currencies.map((c) => ({ value: c, label: c })) },
          { name: "from", label: t("from"), kind: "date" },
          { name: "to", label: t("to"), kind: "date" },
        ]}
      />
      <ListStatus query={query} loadingNext={loadingNext} notices={[narrowed && t("rangeNarrowed", { from: filters.from!, to: filters.to! })]}>
        {data ? (
          <>
            <MovementsTable movements={data.movements} />
            <Pager pathname="/balances" searchParams={filters} page={page} totalPages={data.totalPages} totalItems={data.totalItems} onPage={toPage} />
          </>
        ) : null}
      </ListStatus>
    </div>
  );
}
