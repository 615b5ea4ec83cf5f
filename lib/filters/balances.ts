import type { SearchParamsLike } from "@/lib/schemas/search-params";
import { DAY_RE, matching, rangedListQuery, readRangedList, type RangedListView } from "./read";

/** Balance-transaction filters from the URL (lib/schemas/balances holds the server's zod schema). */
export type BalanceFilters = { type?: string; status?: string; currency?: string; from?: string; to?: string };

export const BALANCE_FILTER_KEYS = ["type", "status", "currency", "from", "to"] as const;

export type BalanceMovementQuery = RangedListView<BalanceFilters>;

const upper = (value: string | undefined, re: RegExp) => matching(value?.trim().toUpperCase(), re);

/** The browser's reading of the list URL into filters and a page; a range over UQPAY's 90 days comes back narrowed. */
export const readBalanceMovementQuery = (params: SearchParamsLike): BalanceMovementQuery =>
  readRangedList(
    (get) => ({
      type: upper(get("type"), /^[A-Z_ ]{2,40}$/),
      status: upper(get("status"), /^[A-Z_ ]{2,40}$/),
      currency: upper(get("currency"), /^[A-Z]{3}$/),
      from: matching(get("from"), DAY_RE),
      to: matching(get("to"), DAY_RE),
    }),
    params,
  );

/** Filters (and page) → URL query, the one spelling used by the list, its GET route and its query key. */
export const balanceMovementQuery = (filters: BalanceFilters, page = 1): string => rangedListQuery(filters, BALANCE_FILTER_KEYS, page);
