import { z } from "zod";
import { TRANSACTION_FILTER_KEYS, type TransactionFilters, type TransactionView } from "@/lib/filters/transactions";
import { CARD_TRANSACTION_STATUSES, CARD_TRANSACTION_TYPES } from "@/lib/uqpay/schemas/ledger-enums";
import { dayField } from "./date-range";
import { parseRangedList } from "./ranged-list";
import type { SearchParamsLike } from "./search-params";

export { transactionQuery, type TransactionFilters, type TransactionView } from "@/lib/filters/transactions";

/** Card-transaction filters from the URL as the server reads them; malformed values are dropped. */
export const transactionFiltersSchema = z.object({
  card: z.uuid().optional().catch(undefined),
  status: z.enum(CARD_TRANSACTION_STATUSES).optional().catch(undefined),
  type: z.enum(CARD_TRANSACTION_TYPES).optional().catch(undefined),
  from: dayField,
  to: dayField,
}) satisfies z.ZodType<TransactionFilters>;

/** The list's URL read into filters and a page; a range over UQPAY's 90 days comes back narrowed. */
export const parseTransactionView = (params: SearchParamsLike): TransactionView => parseRangedList(transactionFiltersSchema, TRANSACTION_FILTER_KEYS, params);
