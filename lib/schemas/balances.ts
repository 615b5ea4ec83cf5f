import { z } from "zod";
import { BALANCE_FILTER_KEYS, type BalanceFilters, type BalanceMovementQuery } from "@/lib/filters/balances";
import { dayField } from "./date-range";
import { parseRangedList } from "./ranged-list";
import type { SearchParamsLike } from "./search-params";

export { balanceMovementQuery, type BalanceFilters, type BalanceMovementQuery } from "@/lib/filters/balances";

const code = z.string().trim().toUpperCase().regex(/^[A-Z_ ]{2,40}$/).optional().catch(undefined);

/** Balance-transaction filters from the URL as the server reads them; malformed values are dropped. */
export const balanceFiltersSchema = z.object({
  type: code,
  status: code,
  currency: z.string().trim().toUpperCase().regex(/^[A-Z]{3}$/).optional().catch(undefined),
  from: dayField,
  to: dayField,
}) satisfies z.ZodType<BalanceFilters>;

/** The list's URL read into filters and a page; a range over UQPAY's 90 days comes back narrowed. */
export const parseBalanceMovementQuery = (params: SearchParamsLike): BalanceMovementQuery => parseRangedList(balanceFiltersSchema, BALANCE_FILTER_KEYS, params);
