import type { z } from "zod";
import { pageNumberSchema } from "./audit";
import { boundedRange } from "./date-range";
import { searchParam, type SearchParamsLike } from "./search-params";

// A list filtered by a day range UQPAY caps at 90 days (transactions, balance movements): its URL
// read into filters and a page, and written back, with one spelling for the URL, the TanStack
// Query key and the GET route.

type Ranged = { from?: string; to?: string } & Record<string, string | undefined>;

export type RangedListView<F> = { filters: F; page: number; narrowed: boolean };

/**
 * The URL as the list reads it: malformed values dropped and a range over UQPAY's 90 days already
 * narrowed (with `narrowed` set), so the notice shows before any call is made.
 */
export function parseRangedList<F extends Ranged>(schema: z.ZodType<F>, keys: readonly string[], params: SearchParamsLike): RangedListView<F> {
  const filters = schema.parse(Object.fromEntries(keys.map((key) => [key, searchParam(params, key)])));
  const range = boundedRange(filters.from, filters.to);
  return { filters: { ...filters, from: range.from, to: range.to }, page: pageNumberSchema.parse(searchParam(params, "page")), narrowed: range.narrowed };
}

/** Filters (and page) → URL query; defaults omitted. */
export function rangedListQuery<F extends Ranged>(filters: F, keys: readonly (keyof F & string)[], page = 1): string {
  const params = new URLSearchParams();
  for (const key of keys) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  if (page > 1) params.set("page", String(page));
  return params.toString();
}
