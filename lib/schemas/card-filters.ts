import { z } from "zod";
import { searchParam, type SearchParamsLike } from "./search-params";

/** /cards URL filters; anything malformed is dropped rather than failing the page. */
export const cardFiltersSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  status: z.string().regex(/^[A-Z_]{3,20}$/).optional().catch(undefined),
  cardholder_id: z.uuid().optional().catch(undefined),
  product_id: z.uuid().optional().catch(undefined),
  currency: z.string().regex(/^[A-Z]{3,4}$/).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type CardFilters = z.output<typeof cardFiltersSchema>;

export const CARD_PAGE_SIZE = 20;

/** Filters → URL query (defaults omitted), the one spelling used by the list, its links and its GET route. */
export function cardFiltersQuery(filters: Partial<CardFilters>): string {
  const params = new URLSearchParams();
  for (const key of ["q", "status", "cardholder_id", "product_id", "currency"] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  if (filters.page && filters.page > 1) params.set("page", String(filters.page));
  return params.toString();
}

export function parseCardFilters(params: SearchParamsLike): CardFilters {
  const get = (key: string) => searchParam(params, key);
  return cardFiltersSchema.parse({
    q: get("q"),
    status: get("status"),
    cardholder_id: get("cardholder_id"),
    product_id: get("product_id"),
    currency: get("currency"),
    page: get("page") ?? 1,
  });
}
