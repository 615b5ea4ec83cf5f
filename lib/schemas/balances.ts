import { z } from "zod";
import { dayField } from "./date-range";
import { parseRangedList, rangedListQuery, type RangedListView } from "./ranged-list";
import type { SearchParamsLike } from "./search-params";

const code = z.string().trim().toUpperCase().regex(/^[A-Z_ ]{2,40}$/).optional().catch(undefined);

/** Balance-transaction filters from the URL; malformed values are dropped. */
export const balanceFiltersSchema = z.object({
  type: code,
  status: code,
  currency: z.string().trim().toUpperCase().regex(/^[A-Z]{3}$/).optional().catch(undefined),
  from: dayField,
  to: dayField,
});
export type BalanceFilters = z.infer<typeof balanceFiltersSchema>;

const KEYS = ["type", "status", "currency", "from", "to"] as const;

export type BalanceMovementQuery = RangedListView<BalanceFilters>;

/** The list's URL read into filters and a page; a range over UQPAY's 90 days comes back narrowed. */
export const parseBalanceMovementQuery = (params: SearchParamsLike): BalanceMovementQuery => parseRangedList(balanceFiltersSchema, KEYS, params);

/** Filters (and page) → URL query, the one spelling used by the list, its GET route and its query key. */
export const balanceMovementQuery = (filters: BalanceFilters, page = 1): string => rangedListQuery(filters, KEYS, page);
