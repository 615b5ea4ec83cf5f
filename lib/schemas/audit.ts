import { z } from "zod";

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "invalid").optional().catch(undefined);
const text = z.string().trim().max(200).optional().catch(undefined).transform((v) => v || undefined);

/** Audit filters as they come from the URL: anything malformed is dropped, not an error page. */
export const auditFiltersSchema = z.object({
  action: text,
  outcome: z.enum(["success", "failure", "denied", "unknown"]).optional().catch(undefined),
  actor: text,
  target: text,
  key: text,
  from: day,
  to: day,
});
export type AuditFilters = z.infer<typeof auditFiltersSchema>;

export const pageNumberSchema = z.coerce.number().int().min(1).max(100_000).catch(1);
