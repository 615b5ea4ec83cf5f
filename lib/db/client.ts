import { mkdirSync } from "node:fs";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import type { Pool } from "pg";
import * as schema from "./schema";

// Both drivers typed as their common supertype (a union breaks `.returning()`; STACK pitfall 7).
export type DB = PgDatabase<PgQueryResultHKT, typeof schema>;
export type DbTarget = { kind: "pglite"; dir: string | null } | { kind: "postgres"; url: string };
export type DbHandle = { db: DB; close: () => Promise<void> };

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "drizzle");

// Serialises migrations across console instances sharing one PostgreSQL database.
const MIGRATION_LOCK_ID = 727_001;

/** The console's database: PostgreSQL when DATABASE_URL is set, else the embedded PGlite directory. */
export function consoleDbTarget(env: { DATABASE_URL?: string; pgliteDir: string }): DbTarget {
  return env.DATABASE_URL ? { kind: "postgres", url: env.DATABASE_URL } : { kind: "pglite", dir: env.pgliteDir };
}

export async function openDatabase(target: DbTarget): Promise<DbHandle> {
  if (target.kind === "postgres") {
    const { Pool } = await import("pg");
    const { drizzle } = await import("drizzle-orm/node-postgres");
    const { migrate } = await import("drizzle-orm/node-postgres/migrator");
    const pool: Pool = new Pool({ connectionString: target.url, max: 10 });
    // A connection the server ends (restart, failover, an administrator, a dropped test database)
    // emits 'error' even while idle or closing; with no listener Node would end the process. The
    // query that was using it, if any, still fails on its own.
    pool.on("error", (error) => console.error("[db] a pooled connection was lost:", error.message));
    pool.on("connect", (client) => client.on("error", () => undefined));
    const db = drizzle(pool, { schema }) as unknown as DB;
    const lockClient = await pool.connect();
    try {
      await lockClient.query("select pg_advisory_lock($1)", [MIGRATION_LOCK_ID]);
      await migrate(drizzle(lockClient, { schema }), { migrationsFolder: MIGRATIONS_FOLDER });
    } finally {
      await lockClient.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK_ID]).catch(() => undefined);
      lockClient.release();
    }
    return { db, close: () => pool.end() };
  }
  const { PGlite: PGliteClass } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  if (target.dir) mkdirSync(path.dirname(path.resolve(target.dir)), { recursive: true });
  const client: PGlite = target.dir ? new PGliteClass(path.resolve(target.dir)) : new PGliteClass();
  const db = drizzle(client, { schema });
  await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  return { db: db as unknown as DB, close: () => client.close() };
}

export async function ping(db: DB): Promise<void> {
  await db.execute(sql`select 1`);
}
