import { matching, pageNumber, uuid } from "./read";
import { searchParam, type SearchParamsLike } from "@/lib/schemas/search-params";

/** /cards URL filters (lib/schemas/card-filters holds the zod schema the server parses them with). */
export type CardFilters = {
  q?: string;
  status?: string;
  cardholder_id?: string;
  product_id?: string;
  currency?: string;
  page: number;
};

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

/** The browser's reading of the list URL; anything malformed is dropped, as the server's schema does. */
export function readCardFilters(params: SearchParamsLike): CardFilters {
  const get = (key: string) => searchParam(params, key);
  const q = get("q")?.trim();
  return {
    q: q !== undefined && q.length <= 100 ? q : undefined,
    status: matching(get("status"), /^[A-Z_]{3,20}$/),
    cardholder_id: uuid(get("cardholder_id")),
    product_id: uuid(get("product_id")),
    currency: matching(get("currency"), /^[A-Z]{3,4}$/),
    page: pageNumber(get("page"), 10_000),
  };
}
