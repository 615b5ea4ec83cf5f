import { boundedRange } from "./day-range";
import { searchParam, type SearchParamsLike } from "@/lib/schemas/search-params";

// Reading list filters from the URL in the browser, without zod (issue #11: zod alone is ~31 kB
// gzip). The server still parses the same URL with the zod schemas in lib/schemas, and
// lib/filters/filters.test.ts checks that both readings agree. Malformed values are dropped.

/** What z.uuid() accepts. */
const UUID_RE = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
export const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;

export const matching = (value: string | undefined, re: RegExp): string | undefined => (value !== undefined && re.test(value) ? value : undefined);
export const uuid = (value: string | undefined) => matching(value, UUID_RE);
export const oneOf = <T extends string>(value: string | undefined, allowed: readonly T[]): T | undefined =>
  (allowed as readonly string[]).includes(value ?? "") ? (value as T) : undefined;

/** A page number as z.coerce.number().int().min(1).max(max).catch(1) reads it. */
export function pageNumber(raw: string | undefined, max: number): number {
  const n = Number(raw);
  return Number.isInteger(n) && n >= 1 && n <= max ? n : 1;
}

// A list filtered by a day range UQPAY caps at 90 days (transactions, balance movements).
type Ranged = { from?: string; to?: string } & Record<string, string | undefined>;

export type RangedListView<F> = { filters: F; page: number; narrowed: boolean };

/**
 * The URL as the list reads it: malformed values dropped and a range over UQPAY's 90 days already
 * narrowed (with `narrowed` set), so the notice shows before any call is made.
 */
export function readRangedList<F extends Ranged>(read: (get: (key: string) => string | undefined) => F, params: SearchParamsLike): RangedListView<F> {
  const filters = read((key) => searchParam(params, key));
  const range = boundedRange(filters.from, filters.to);
  return { filters: { ...filters, from: range.from, to: range.to }, page: pageNumber(searchParam(params, "page"), 100_000), narrowed: range.narrowed };
}

/** Filters (and page) → URL query; defaults omitted. One spelling for the URL, the TanStack Query key and the GET route. */
export function rangedListQuery<F extends Ranged>(filters: F, keys: readonly (keyof F & string)[], page = 1): string {
  const params = new URLSearchParams();
  for (const key of keys) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  if (page > 1) params.set("page", String(page));
  return params.toString();
}
