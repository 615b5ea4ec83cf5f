import "server-only";
import { randomBytes } from "node:crypto";
import type { AuditActor } from "@/lib/audit/write";
import { createConnection } from "@/lib/connections/store";
import { openDatabase, type DB, type DbHandle } from "@/lib/db/client";
import type { ConnectionEnvironment } from "@/lib/schemas/connections";
import type { ConsoleContext } from "./console-actions";
import type { RunnerTarget } from "./runner";

// Console steps need the console's database (operations ledger, audit, card index). Outside the
// running console — `npm run scenario`, tests — a throwaway one stands in, holding just the
// connection the run uses (its secrets sealed under a key nobody keeps).

export const CLI_ACTOR: AuditActor = { id: null, email: "npm run scenario", role: null };

export async function consoleContextFor(db: DB, target: RunnerTarget, actor: AuditActor = CLI_ACTOR): Promise<ConsoleContext> {
  const environment = (["emulator", "sandbox", "production", "custom"].includes(target.environment) ? target.environment : "custom") as ConnectionEnvironment;
  await createConnection(
    db,
    randomBytes(32).toString("base64"),
    { name: `${target.name} (${target.connection.id.slice(0, 8)})`, environment, baseUrl: target.connection.baseUrl, clientId: target.connection.clientId, apiKey: target.connection.apiKey },
    target.connection.id,
  );
  return { db, actor, connectionId: target.connection.id };
}

/** An in-memory console database for one headless run. */
export async function standaloneConsole(target: RunnerTarget): Promise<{ console: ConsoleContext; close: () => Promise<void> }> {
  const handle: DbHandle = await openDatabase({ kind: "pglite", dir: null });
  return { console: await consoleContextFor(handle.db, target), close: () => handle.close() };
}
