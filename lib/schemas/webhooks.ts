import { z } from "zod";

const text = z.string().trim().max(200).optional().catch(undefined).transform((v) => v || undefined);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().catch(undefined);

/** Inbox filters from the URL; malformed values are dropped rather than failing the page. */
export const webhookFiltersSchema = z.object({
  type: text,
  card: text,
  status: z.enum(["accepted", "rejected", "duplicate"]).optional().catch(undefined),
  from: day,
  to: day,
});
export type WebhookFilters = z.infer<typeof webhookFiltersSchema>;

export const webhookIdSchema = z.object({ id: z.uuid("invalid") });
