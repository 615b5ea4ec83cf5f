"use client";

import { useTranslations } from "next-intl";
import { FilterBar } from "@/components/filter-bar";
import { ListStatus } from "@/components/list-status";
import { Pager } from "@/components/pager";
import type { TransactionPage } from "@/lib/data/transactions";
import { fetchTransactions, transactionKeys } from "@/lib/query/transactions";
import { useUrlList } from "@/lib/query/use-url-list";
import { readTransactionView, transactionQuery } from "@/lib/filters/transactions";
import { CARD_TRANSACTION_STATUSES, CARD_TRANSACTION_TYPES } from "@/lib/uqpay/schemas/ledger-enums";
import { ExportButton } from "./export-button";
import { TransactionsList } from "./transactions-list";

/**
 * The transaction list. Filters live in the URL and change in place; the rows on screen stay,
 * marked busy, while the next page loads. A range over UQPAY's 90 days is narrowed, and said so,
 * before any request leaves the browser.
 */
export function TransactionsBrowser({ initialQuery, initial, scanLimit }: { initialQuery: string; initial: TransactionPage; scanLimit: number }) {
  const t = useTranslations("transactions");
  const { filters, page, narrowed, query, loadingNext, toPage } = useUrlList({
    pathname: "/transactions",
    parse: readTransactionView,
    spell: transactionQuery,
    queryKey: transactionKeys.list,
    fetchPage: fetchTransactions,
    initial,
    initialQuery,
  });
  const data = query.data;
  return (
    <div className="grid gap-3">
      <FilterBar
        key={transactionQuery(filters)}
        action="/transactions"
        inPlace
        label={t("filters")}
        values={filters}
        fields={[
          { name: "card", label: t("card"), kind: "text", placeholder: t("cardPlaceholder") },
          { name: "status", label: t("status"), kind: "select", options: CARD_TRANSACTION_STATUSES.map((v) => ({ value: v, label: v })) },
          { name: "type", label: t("type"), kind: "select", options: CARD_TRANSACTION_TYPES.map((v) => ({ value: v, label: v })) },
          { name: "from", label: t("from"), kind: "date" },
          { name: "to", label: t("to"), kind: "date" },
        ]}
      >
        <ExportButton query={transactionQuery(filters)} />
      </FilterBar>
      <ListStatus query={query} loadingNext={loadingNext} notices={[narrowed && t("rangeNarrowed", { from: filters.from!, to: filters.to! }), data?.truncated && t("truncated", { limit: scanLimit })]}>
        {data ? (
          <>
            <TransactionsList rows={data.rows} />
            <Pager pathname="/transactions" searchParams={filters} page={page} totalPages={data.totalPages} totalItems={data.totalItems} onPage={toPage} />
          </>
        ) : null}
      </ListStatus>
    </div>
  );
}
