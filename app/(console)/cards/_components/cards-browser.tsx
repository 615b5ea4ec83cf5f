"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { Button } from "@/components/ui/button";
import type { CardListResult } from "@/lib/data/cards";
import { cardKeys, fetchCards } from "@/lib/query/cards";
import { cardFiltersQuery, readCardFilters, type CardFilters } from "@/lib/filters/cards";
import { CardsFilters, type ProductOption } from "./cards-filters";
import { CardsTable } from "./cards-table";

/**
 * The card list. Filters live in the URL (shareable, back button works) and are changed with
 * history.pushState, which Next's router follows; the previous page stays on screen, marked busy,
 * while the next one loads.
 */
export function CardsBrowser({ initialFilters, initial, products }: { initialFilters: CardFilters; initial: CardListResult; products: ProductOption[] }) {
  const t = useTranslations("cards.list");
  const searchParams = useSearchParams();
  const filters = useMemo(() => readCardFilters(new URLSearchParams(searchParams.toString())), [searchParams]);
  const initialKey = cardFiltersQuery(initialFilters);
  const query = useQuery({
    queryKey: cardKeys.list(filters),
    queryFn: ({ signal }) => fetchCards(filters, signal),
    initialData: cardFiltersQuery(filters) === initialKey ? initial : undefined,
    placeholderData: keepPreviousData,
  });
  const setFilters = useCallback((next: CardFilters) => {
    const qs = cardFiltersQuery(next);
    window.history.pushState(null, "", qs ? `/cards?${qs}` : "/cards");
  }, []);

  const data = query.data;
  const loadingNext = query.isFetching && query.isPlaceholderData;
  return (
    <div className="grid gap-4">
      <CardsFilters key={`${filters.q ?? ""}|${filters.cardholder_id ?? ""}`} filters={filters} products={products} onChange={setFilters} />
      {query.isError && !data ? (
        <div role="alert" className="rounded-md border border-destructive/40 bg-destructive/5 p-3 text-sm">
          {t("loadFailed")}{" "}
          <Button variant="link" size="sm" onClick={() => query.refetch()}>
            {t("retry")}
          </Button>
        </div>
      ) : null}
      {data?.stale ? <p className="text-sm text-warning">{t("stale")}</p> : null}
      {data ? (
        <div aria-busy={loadingNext} className={loadingNext ? "opacity-60 transition-opacity" : undefined}>
          <CardsTable items={data.items} searching={Boolean(filters.q || filters.status || filters.cardholder_id || filters.product_id || filters.currency)} />
        </div>
      ) : (
        <p className="text-sm text-muted-foreground">{t("loading")}</p>
      )}
      {loadingNext ? (
        <p role="status" className="text-sm text-muted-foreground">
          {t("loading")}
        </p>
      ) : null}
      {data && data.totalPages > 1 ? (
        <nav aria-label={t("pagination")} className="flex items-center justify-between gap-2 text-sm">
          <span>{t("pageOf", { page: filters.page, pages: data.totalPages, total: data.totalItems })}</span>
          <div className="flex gap-2">
            <Button variant="outline" size="sm" disabled={filters.page <= 1} onClick={() => setFilters({ ...filters, page: filters.page - 1 })}>
              {t("previous")}
            </Button>
            <Button variant="outline" size="sm" disabled={filters.page >= data.totalPages} onClick={() => setFilters({ ...filters, page: filters.page + 1 })}>
              {t("next")}
            </Button>
          </div>
        </nav>
      ) : null}
    </div>
  );
}
