import "server-only";
import { ActionError } from "@/lib/actions/server-action";
import { writeAudit, type AuditActor } from "@/lib/audit/write";
import { activeConnection } from "@/lib/connections";
import type { ConnectionSecrets } from "@/lib/connections/store";
import type { DB } from "@/lib/db/client";
import type { GuidanceLocale } from "@/lib/uqpay/guidance";
import { EmulatorControlError, emulatorControl, type EmulatorControl } from "./emulator-control";
import { isProductionTarget, runScenario } from "./runner";
import { createRun, saveRun } from "./runs";
import type { StepResult } from "./run-types";
import { findScenario } from "@/scenarios";

// Server side of /sandbox: which connection the workbench may touch, starting runs, and the
// emulator controls' guard. Nothing here works on a production connection.

export async function workbenchConnection(): Promise<ConnectionSecrets> {
  const connection = await activeConnection();
  if (!connection) throw new ActionError("no_connection");
  if (isProductionTarget({ environment: connection.environment, connection })) throw new ActionError("production_refused");
  return connection;
}

/** The active connection's emulator control API, or a refusal when it is not an emulator. */
export async function activeEmulator(): Promise<{ connection: ConnectionSecrets; control: EmulatorControl }> {
  const connection = await workbenchConnection();
  if (connection.environment !== "emulator") throw new ActionError("emulator_only");
  return { connection, control: emulatorControl(connection.baseUrl) };
}

/** Runs an emulator control call; the emulator's refusal becomes a typed action failure. */
export async function controlCall<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof EmulatorControlError) throw new ActionError(error.status === 400 ? "emulator_refused" : "emulator_unreachable");
    if (error instanceof Error && (error.name === "TypeError" || error.name === "TimeoutError")) throw new ActionError("emulator_unreachable");
    throw error;
  }
}

/** Starts a run in the background and answers its id at once; the page polls the run record. */
export async function startRun(db: DB, actor: AuditActor & { id: string }, scenarioName: string, locale: GuidanceLocale): Promise<string> {
  const scenario = findScenario(scenarioName);
  if (!scenario) throw new ActionError("not_found");
  const connection = await workbenchConnection();
  const pending: StepResult[] = scenario.steps.map((s) => ({ id: s.id, title: s.title, sandboxSafe: s.sandboxSafe, status: "pending", attempts: [], checks: [] }));
  const runId = await createRun(db, {
    scenario: scenario.name,
    connectionId: connection.id,
    connectionName: connection.name,
    environment: connection.environment,
    actor: { id: actor.id, email: actor.email },
    steps: pending,
  });
  await writeAudit(db, { actor, action: "sandbox.scenario.run", target: scenario.name, outcome: "success", details: { run_id: runId, connection: connection.name, environment: connection.environment } });
  const target = {
    connection: { id: connection.id, baseUrl: connection.baseUrl, clientId: connection.clientId, apiKey: connection.apiKey, onBehalfOf: connection.onBehalfOf ?? undefined },
    environment: connection.environment,
    name: connection.name,
  };
  const consoleContext = { db, actor, connectionId: connection.id };
  void runScenario(scenario, target, { locale, console: consoleContext, onUpdate: (state) => saveRun(db, runId, state) })
    .then((state) => writeAudit(db, { actor, action: "sandbox.scenario.finished", target: scenario.name, outcome: state.status === "passed" ? "success" : "failure", details: { run_id: runId } }))
    .catch(async (error: unknown) => {
      console.error("[sandbox] run failed", error instanceof Error ? error.message : "unexpected");
      await saveRun(db, runId, { status: "error", steps: pending, finishedAt: new Date().toISOString(), error: error instanceof Error ? error.message : "unexpected" }).catch(() => undefined);
    });
  return runId;
}
