import "server-only";
import { consoleEnv } from "@/lib/env";
import { consoleDbTarget, openDatabase, type DB, type DbHandle } from "./client";

export type { DB } from "./client";
export * as tables from "./schema";

// One handle per server process; kept on globalThis so dev-mode module reloads do not open a
// second PGlite on the same directory (PGlite allows one process, one instance per data dir).
const globalForDb = globalThis as unknown as { consoleDb?: Promise<DbHandle> };

export async function getDb(): Promise<DB> {
  globalForDb.consoleDb ??= openDatabase(consoleDbTarget(consoleEnv())).catch((error: unknown) => {
    globalForDb.consoleDb = undefined;
    throw error;
  });
  return (await globalForDb.consoleDb).db;
}
