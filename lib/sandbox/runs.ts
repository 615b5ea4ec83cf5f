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

function toRecord(row: typeof scenarioRuns.$inferSelect): RunRecord {
  return {
    id: row.id,
    scenario: row.scenario,
    connectionName: row.connectionName,
    environment: row.environment,
    status: row.status,
    actorEmail: row.actorEmail,
    steps: row.steps as StepResult[],
    error: row.error,
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
