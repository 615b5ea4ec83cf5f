import "server-only";
import { desc, eq } from "drizzle-orm";
import type { DB } from "@/lib/db/client";
import { scenarioRuns } from "@/lib/db/schema";
import type { RunState, RunStatus, StepResult } from "./run-types";

// The run history in the console database: one row per run, rewritten after every step.

export type RunRecord = {
  id: string;
  scenario: string;
  connectionName: string;
  environment: string;
  status: RunStatus;
  actorEmail: string | null;
  steps: StepResult[];
  error: string | null;
  startedAt: string;
  finishedAt: string | null;
};

type NewRun = { scenario: string; connectionId: string | null; connectionName: string; environment: string; actor: { id: string | null; email: string | null }; steps: StepResult[] };

export async function createRun(db: DB, run: NewRun): Promise<string> {
  const [row] = await db
    .insert(scenarioRuns)
    .values({
      scenario: run.scenario,
      connectionId: run.connectionId,
      connectionName: run.connectionName,
      environment: run.environment,
      actorId: run.actor.id,
      actorEmail: run.actor.email,
      steps: run.steps,
    })
    .returning({ id: scenarioRuns.id });
  return row.id;
}

export async function saveRun(db: DB, id: string, state: Pick<RunState, "status" | "steps" | "finishedAt" | "error">): Promise<void> {
  await db
    .update(scenarioRuns)
    .set({ status: state.status, steps: state.steps, finishedAt: state.finishedAt ? new Date(state.finishedAt) : null, error: state.error ?? null })
    .where(eq(scenarioRuns.id, id));
}

// A run lives in the process that started it; one still "running" long after any scenario could
// take was cut off (the console restarted) and is shown as such, so the page stops polling it.
export const STALE_RUN_MS = 15 * 60 * 1000;

function toRecord(row: typeof scenarioRuns.$inferSelect, now = Date.now()): RunRecord {
  const stale = row.status === "running" && now - row.startedAt.getTime() > STALE_RUN_MS;
  return {
    id: row.id,
    scenario: row.scenario,
    connectionName: row.connectionName,
    environment: row.environment,
    status: stale ? "error" : row.status,
    actorEmail: row.actorEmail,
    steps: row.steps as StepResult[],
    error: stale ? "The run was interrupted before it finished (the console may have restarted)." : row.error,
    startedAt: row.startedAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

export async function getRun(db: DB, id: string): Promise<RunRecord | null> {
  const [row] = await db.select().from(scenarioRuns).where(eq(scenarioRuns.id, id));
  return row ? toRecord(row) : null;
}

/** Newest first, without step details (the history table needs only counts). */
export async function listRuns(db: DB, limit = 20): Promise<RunRecord[]> {
  const rows = await db.select().from(scenarioRuns).orderBy(desc(scenarioRuns.startedAt)).limit(limit);
  return rows.map(toRecord);
}
