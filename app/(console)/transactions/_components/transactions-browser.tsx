"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { FilterBar } from "@/components/filter-bar";
import { Pager } from "@/components/pager";
import { Button } from "@/components/ui/button";
import type { TransactionPage } from "@/lib/data/transactions";
import { fetchTransactions, transactionKeys } from "@/lib/query/transactions";
import { parseTransactionView, transactionQuery } from "@/lib/schemas/transactions";
import { CARD_TRANSACTION_STATUSES, CARD_TRANSACTION_TYPES } from "@/lib/uqpay/schemas/ledger-enums";
import { ExportButton } from "./export-button";
import { TransactionsList } from "./transactions-list";

/**
 * The transaction list. Filters live in the URL and change in place (history.pushState); the
 * rows on screen stay, marked busy, while the next page loads. A range over UQPAY's 90 days is
 * narrowed, and said so, before any request leaves the browser.
 */
export function TransactionsBrowser({ initialQuery, initial, scanLimit }: { initialQuery: string; initial: TransactionPage; scanLimit: number }) {
  const t = useTranslations("transactions");
  const searchParams = useSearchParams();
  const { filters, page, narrowed } = useMemo(() => parseTransactionView(new URLSearchParams(searchParams.toString())), [searchParams]);
  const key = transactionQuery(filters, page);
  const query = useQuery({
    queryKey: transactionKeys.list(filters, page),
    queryFn: ({ signal }) => fetchTransactions(filters, page, signal),
    initialData: key === initialQuery ? initial : undefined,
    placeholderData: keepPreviousData,
  });
  const toPage = useCallback(
    (n: number) => {
      const qs = transactionQuery(filters, n);
      window.history.pushState(null, "", qs ? `/transactions?${qs}` : "/transactions");
    },
    [filters],
  );
  const data = query.data;
  const loadingNext = query.isFetching && query.isPlaceholderData;
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
      {narrowed ? (
        <p role="status" className="text-sm text-warning">
          {t("rangeNarrowed", { from: filters.from!, to: filters.to! })}
        </p>
      ) : null}
      {query.isError ? (
        <div role="alert" className="rounded-md border border-destructive/40 bg-destructive/5 p-3 text-sm">
          {data ? t("refreshFailed") : t("loadFailed")}{" "}
          <Button variant="link" size="sm" onClick={() => query.refetch()}>
            {t("retry")}
          </Button>
        </div>
      ) : null}
      {data?.truncated ? <p className="text-sm text-warning">{t("truncated", { limit: scanLimit })}</p> : null}
      {data ? (
        <div aria-busy={loadingNext} className={loadingNext ? "opacity-60 transition-opacity" : undefined}>
          <TransactionsList rows={data.rows} />
          <Pager pathname="/transactions" searchParams={filters} page={page} totalPages={data.totalPages} totalItems={data.totalItems} onPage={toPage} />
        </div>
      ) : query.isPending ? (
        <p role="status" className="text-sm text-muted-foreground">
          {t("loading")}
        </p>
      ) : null}
      {loadingNext ? (
        <p role="status" className="text-sm text-muted-foreground">
          {t("loading")}
        </p>
      ) : null}
    </div>
  );
}
