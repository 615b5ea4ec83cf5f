import { z } from "zod";
import { pageNumberSchema } from "./audit";
import { boundedRange, dayField } from "./date-range";
import { searchParam, type SearchParamsLike } from "./search-params";

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

export type BalanceMovementQuery = { filters: BalanceFilters; page: number; narrowed: boolean };

/**
 * The /balances URL as the movement list reads it: malformed values dropped and a range over
 * UQPAY's 90 days already narrowed (with `narrowed` set), so the notice shows before any call.
 */
export function parseBalanceMovementQuery(params: SearchParamsLike): BalanceMovementQuery {
  const get = (key: string) => searchParam(params, key);
  const filters = balanceFiltersSchema.parse({ type: get("type"), status: get("status"), currency: get("currency"), from: get("from"), to: get("to") });
  const range = boundedRange(filters.from, filters.to);
  return { filters: { ...filters, from: range.from, to: range.to }, page: pageNumberSchema.parse(get("page")), narrowed: range.narrowed };
}

/** Filters (and page) → URL query, the one spelling used by the list and its GET route. */
export function balanceMovementQuery(filters: BalanceFilters, page = 1): string {
  const params = new URLSearchParams();
  for (const key of ["type", "status", "currency", "from", "to"] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  if (page > 1) params.set("page", String(page));
  return params.toString();
}
