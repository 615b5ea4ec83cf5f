import { z } from "zod";
import { CARD_TRANSACTION_STATUSES, CARD_TRANSACTION_TYPES } from "@/lib/uqpay/schemas/ledger-enums";
import { dayField } from "./date-range";
import { parseRangedList, rangedListQuery, type RangedListView } from "./ranged-list";
import type { SearchParamsLike } from "./search-params";

/** Card-transaction filters from the URL; malformed values are dropped. */
export const transactionFiltersSchema = z.object({
  card: z.uuid().optional().catch(undefined),
  status: z.enum(CARD_TRANSACTION_STATUSES).optional().catch(undefined),
  type: z.enum(CARD_TRANSACTION_TYPES).optional().catch(undefined),
  from: dayField,
  to: dayField,
});
export type TransactionFilters = z.infer<typeof transactionFiltersSchema>;

const KEYS = ["card", "status", "type", "from", "to"] as const;

export type TransactionView = RangedListView<TransactionFilters>;

/** The list's URL read into filters and a page; a range over UQPAY's 90 days comes back narrowed. */
export const parseTransactionView = (params: SearchParamsLike): TransactionView => parseRangedList(transactionFiltersSchema, KEYS, params);

/** Filters (and page) → URL query, the one spelling used by the list, its GET route, its export and its query key. */
export const transactionQuery = (filters: TransactionFilters, page = 1): string => rangedListQuery(filters, KEYS, page);
