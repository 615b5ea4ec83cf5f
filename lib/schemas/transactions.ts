import { z } from "zod";
import { CARD_TRANSACTION_STATUSES, CARD_TRANSACTION_TYPES } from "@/lib/uqpay/schemas/ledger-enums";
import { pageNumberSchema } from "./audit";
import { boundedRange, dayField } from "./date-range";
import { searchParam, type SearchParamsLike } from "./search-params";

/** Card-transaction filters from the URL; malformed values are dropped. */
export const transactionFiltersSchema = z.object({
  card: z.uuid().optional().catch(undefined),
  status: z.enum(CARD_TRANSACTION_STATUSES).optional().catch(undefined),
  type: z.enum(CARD_TRANSACTION_TYPES).optional().catch(undefined),
  from: dayField,
  to: dayField,
});
export type TransactionFilters = z.infer<typeof transactionFiltersSchema>;

export type TransactionView = { filters: TransactionFilters; page: number; narrowed: boolean };

/**
 * The /transactions URL as the list reads it: malformed values dropped and a range over UQPAY's 90
 * days already narrowed (with `narrowed` set), so the notice shows before any call is made.
 */
export function parseTransactionView(params: SearchParamsLike): TransactionView {
  const get = (key: string) => searchParam(params, key);
  const filters = transactionFiltersSchema.parse({ card: get("card"), status: get("status"), type: get("type"), from: get("from"), to: get("to") });
  const range = boundedRange(filters.from, filters.to);
  return { filters: { ...filters, from: range.from, to: range.to }, page: pageNumberSchema.parse(get("page")), narrowed: range.narrowed };
}

/** Filters (and page) → URL query, the one spelling used by the list, its GET route and its export. */
export function transactionQuery(filters: TransactionFilters, page = 1): string {
  const params = new URLSearchParams();
  for (const key of ["card", "status", "type", "from", "to"] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  if (page > 1) params.set("page", String(page));
  return params.toString();
}
