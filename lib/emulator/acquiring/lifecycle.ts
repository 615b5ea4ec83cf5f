import type { Runtime } from "../core/context";
import type { Sql } from "../db";
import { authorize, expire } from "./engine";
import { loadAttempt, updateIntent, type Intent } from "./store";
import { runTx, type AcqTx } from "./tx";

// Time-based transitions on the emulated clock, run by the runtime's scheduler (and therefore
// lazily before every API call): PENDING intents settle, unfinished ones expire after 30 min.

const BATCH = 500;

export async function applyAcquiringDue(tx: AcqTx): Promise<void> {
  for (;;) {
    const due = await tx.sql.query<Intent>("SELECT * FROM emu_acq_intents WHERE due_at IS NOT NULL AND due_at <= $1 ORDER BY due_at LIMIT $2", [
      tx.now,
      BATCH,
    ]);
    for (const intent of due) {
      const attempt = await loadAttempt(tx.sql, intent.latest_attempt_id);
      if (intent.status === "PENDING" && attempt) await authorize(tx, intent, attempt);
      else if (intent.status === "REQUIRES_PAYMENT_METHOD" || intent.status === "REQUIRES_CUSTOMER_ACTION") await expire(tx, intent, attempt);
      else await updateIntent(tx.sql, intent, { due_at: null }, intent.updated_at);
    }
    if (due.length < BATCH) return;
  }
}

export async function acquiringNextDueAt(sql: Sql): Promise<Date | null> {
  const rows = await sql.query<{ at: Date | null }>("SELECT min(due_at) AS at FROM emu_acq_intents WHERE due_at IS NOT NULL");
  return rows[0]?.at ? new Date(rows[0].at) : null;
}

/** The scheduler's entry point: runs what is due and returns the next moment anything falls due. */
export async function runAcquiringDue(rt: Runtime): Promise<Date | null> {
  await runTx(rt, applyAcquiringDue);
  return acquiringNextDueAt(rt.db);
}

export function earliestDue(a: Date | null, b: Date | null): Date | null {
  if (!a) return b;
  if (!b) return a;
  return a < b ? a : b;
}
