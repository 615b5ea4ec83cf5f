"use client";

import { keepPreviousData, useQuery, type QueryKey } from "@tanstack/react-query";
import { useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";

/**
 * A list whose filters and page live in the URL and whose rows come from a GET route through
 * TanStack Query: the server's first page is the initial data, later pages keep the previous rows
 * on screen (marked busy) while they load, and `toPage` changes the URL in place.
 */
export function useUrlList<F, T>({
  pathname,
  parse,
  spell,
  queryKey,
  fetchPage,
  initial,
  initialQuery,
}: {
  pathname: string;
  /** The URL as the list reads it (malformed values dropped). */
  parse: (params: URLSearchParams) => { filters: F; page: number; narrowed: boolean };
  /** Filters and page back to the URL query: one spelling for the URL, the key and the route. */
  spell: (filters: F, page?: number) => string;
  queryKey: (filters: F, page: number) => QueryKey;
  fetchPage: (filters: F, page: number, signal: AbortSignal) => Promise<T>;
  initial: T;
  initialQuery: string;
}) {
  const searchParams = useSearchParams();
  const { filters, page, narrowed } = useMemo(() => parse(new URLSearchParams(searchParams.toString())), [parse, searchParams]);
  const query = useQuery({
    queryKey: queryKey(filters, page),
    queryFn: ({ signal }) => fetchPage(filters, page, signal),
    initialData: spell(filters, page) === initialQuery ? initial : undefined,
    placeholderData: keepPreviousData,
  });
  const toPage = useCallback(
    (n: number) => {
      const qs = spell(filters, n);
      window.history.pushState(null, "", qs ? `${pathname}?${qs}` : pathname);
    },
    [filters, pathname, spell],
  );
  return { filters, page, narrowed, query, loadingNext: query.isFetching && query.isPlaceholderData, toPage };
}
