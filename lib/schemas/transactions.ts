import { z } from "zod";
import { CARD_TRANSACTION_STATUSES, CARD_TRANSACTION_TYPES } from "@/lib/uqpay/schemas/issuing-ledger";
import { dayField } from "./date-range";

/** Card-transaction filters from the URL; malformed values are dropped. */
export const transactionFiltersSchema = z.object({
  card: z.uuid().optional().catch(undefined),
  status: z.enum(CARD_TRANSACTION_STATUSES).optional().catch(undefined),
  type: z.enum(CARD_TRANSACTION_TYPES).optional().catch(undefined),
  from: dayField,
  to: dayField,
});
export type TransactionFilters = z.infer<typeof transactionFiltersSchema>;
