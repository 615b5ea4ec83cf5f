import type { z } from "zod";
import { boundedRange } from "@/lib/filters/day-range";
import type { RangedListView } from "@/lib/filters/read";
import { pageNumberSchema } from "./audit";
import { searchParam, type SearchParamsLike } from "./search-params";

// A list filtered by a day range UQPAY caps at 90 days (transactions, balance movements), its URL
// as the server reads it. The browser reads the same URL without zod (lib/filters/read.ts), and
// writes it back with rangedListQuery from there.

export { rangedListQuery, type RangedListView } from "@/lib/filters/read";

type Ranged = { from?: string; to?: string } & Record<string, string | undefined>;

/**
 * The URL as the list reads it: malformed values dropped and a range over UQPAY's 90 days already
 * narrowed (with `narrowed` set), so the notice shows before any call is made.
 */
export function parseRangedList<F extends Ranged>(schema: z.ZodType<F>, keys: readonly string[], params: SearchParamsLike): RangedListView<F> {
  const filters = schema.parse(Object.fromEntries(keys.map((key) => [key, searchParam(params, key)])));
  const range = boundedRange(filters.from, filters.to);
  return { filters: { ...filters, from: range.from, to: range.to }, page: pageNumberSchema.parse(searchParam(params, "page")), narrowed: range.narrowed };
}
