import "server-only";
import type { DB } from "@/lib/db/client";
import { auditLog } from "@/lib/db/schema";
import type { Role } from "@/lib/auth/roles";

export type AuditActor = { id: string; email: string; role: Role } | { id: null; email: string | null; role: null };
export type AuditEntry = {
  actor: AuditActor;
  action: string;
  target?: string | null;
  outcome: "success" | "failure" | "denied" | "unknown";
  details?: Record<string, unknown>;
};

export const ANONYMOUS: AuditActor = { id: null, email: null, role: null };

/** Appends one row; audit rows are never updated or deleted. */
export async function writeAudit(db: DB, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    actorId: entry.actor.id,
    actorEmail: entry.actor.email,
    actorRole: entry.actor.role,
    action: entry.action,
    target: entry.target ?? null,
    outcome: entry.outcome,
    details: entry.details ?? {},
  });
}
