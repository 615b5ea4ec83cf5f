import "server-only";
import { and, count, desc, eq, gte, ilike, lt, or, sql, type SQL } from "drizzle-orm";
import type { DB } from "@/lib/db/client";
import { auditLog } from "@/lib/db/schema";
import type { AuditFilters } from "@/lib/schemas/audit";

export type AuditRow = typeof auditLog.$inferSelect;

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

function where(filters: AuditFilters): SQL | undefined {
  const conditions: (SQL | undefined)[] = [
    filters.action ? or(eq(auditLog.action, filters.action), ilike(auditLog.action, `${escapeLike(filters.action)}.%`)) : undefined,
    filters.outcome ? eq(auditLog.outcome, filters.outcome) : undefined,
    filters.actor ? ilike(auditLog.actorEmail, `%${escapeLike(filters.actor)}%`) : undefined,
    filters.target ? ilike(auditLog.target, `%${escapeLike(filters.target)}%`) : undefined,
    filters.key ? sql`${auditLog.details}->>'idempotency_key' = ${filters.key}` : undefined,
    filters.from ? gte(auditLog.at, new Date(`${filters.from}T00:00:00Z`)) : undefined,
    filters.to ? lt(auditLog.at, new Date(new Date(`${filters.to}T00:00:00Z`).getTime() + 86_400_000)) : undefined,
  ];
  return and(...conditions);
}

/** One page of the audit log, newest first, with the total for the pager. */
export async function listAudit(db: DB, filters: AuditFilters, page: { size: number; number: number }) {
  const condition = where(filters);
  const [rows, [total]] = await Promise.all([
    db.select().from(auditLog).where(condition).orderBy(desc(auditLog.at), desc(auditLog.id)).limit(page.size).offset((page.number - 1) * page.size),
    db.select({ n: count() }).from(auditLog).where(condition),
  ]);
  return { rows, totalItems: total?.n ?? 0, totalPages: Math.max(1, Math.ceil((total?.n ?? 0) / page.size)) };
}

/**
 * Every matching row, oldest first, in batches: for the CSV export of a whole filtered set.
 * Keyset pagination on (at, id), so each batch costs the same however deep the export goes.
 */
export async function* auditBatches(db: DB, filters: AuditFilters, batchSize = 500): AsyncGenerator<AuditRow[]> {
  let after: AuditRow | undefined;
  for (;;) {
    const cursor = after ? sql`(${auditLog.at}, ${auditLog.id}) > (${after.at.toISOString()}::timestamptz, ${after.id}::uuid)` : undefined;
    const rows = await db.select().from(auditLog).where(and(where(filters), cursor)).orderBy(auditLog.at, auditLog.id).limit(batchSize);
    if (rows.length > 0) yield rows;
    if (rows.length < batchSize) return;
    after = rows[rows.length - 1];
  }
}

export async function auditActions(db: DB): Promise<string[]> {
  const rows = await db.selectDistinct({ action: auditLog.action }).from(auditLog).orderBy(auditLog.action);
  return rows.map((r) => r.action);
}
