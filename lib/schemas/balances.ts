import { z } from "zod";
import { dayField } from "./date-range";

const code = z.string().trim().toUpperCase().regex(/^[A-Z_ ]{2,40}$/).optional().catch(undefined);

/** Balance-transaction filters from the URL; malformed values are dropped. */
export const balanceFiltersSchema = z.object({
  type: code,
  status: code,
  currency: z.string().trim().toUpperCase().regex(/^[A-Z]{3}$/).optional().catch(undefined),
  from: dayField,
  to: dayField,
});
export type BalanceFilters = z.infer<typeof balanceFiltersSchema>;
