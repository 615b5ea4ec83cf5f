import { z } from "zod";
import type { CardFilters } from "@/lib/filters/cards";
import { searchParam, type SearchParamsLike } from "./search-params";

export { CARD_PAGE_SIZE, cardFiltersQuery, type CardFilters } from "@/lib/filters/cards";

/** /cards URL filters as the server reads them; anything malformed is dropped rather than failing the page. */
export const cardFiltersSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  status: z.string().regex(/^[A-Z_]{3,20}$/).optional().catch(undefined),
  cardholder_id: z.uuid().optional().catch(undefined),
  product_id: z.uuid().optional().catch(undefined),
  currency: z.string().regex(/^[A-Z]{3,4}$/).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
}) satisfies z.ZodType<CardFilters>;

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
