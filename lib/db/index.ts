import "server-only";
import { consoleEnv } from "@/lib/env";
import { openDatabase, type DB, type DbHandle, type DbTarget } from "./client";

export type { DB } from "./client";
export * as tables from "./schema";

// One handle per server process; kept on globalThis so dev-mode module reloads do not open a
// second PGlite on the same directory (PGlite allows one process, one instance per data dir).
const globalForDb = globalThis as unknown as { consoleDb?: Promise<DbHandle> };

export function consoleDbTarget(): DbTarget {
  const env = consoleEnv();
  return env.DATABASE_URL ? { kind: "postgres", url: env.DATABASE_URL } : { kind: "pglite", dir: env.pgliteDir };
}

export async function getDb(): Promise<DB> {
  globalForDb.consoleDb ??= openDatabase(consoleDbTarget()).catch((error: unknown) => {
    globalForDb.consoleDb = undefined;
    throw error;
  });
  return (await globalForDb.consoleDb).db;
}
