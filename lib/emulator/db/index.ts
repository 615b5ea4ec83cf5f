import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { SCHEMA_SQL } from "./schema";

export type Row = Record<string, unknown>;

/** The emulator's narrow view of a database: parameterised queries and transactions. */
export interface Sql {
  query<T = Row>(text: string, params?: unknown[]): Promise<T[]>;
}

export interface Database extends Sql {
  transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T>;
  exec(text: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * One write at a time. PGlite is single-connection anyway; with pg this keeps balance checks and
 * their debits atomic without row locks, which the emulator's throughput does not need.
 */
export class Mutex {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(fn: () => Promise<T>): Promise<T> {
    const result = this.tail.then(fn, fn);
    this.tail = result.catch(() => undefined);
    return result;
  }
}

function pgliteDatabase(client: PGlite): Database {
  return {
    async query<T>(text: string, params: unknown[] = []) {
      return (await client.query<T>(text, params)).rows;
    },
    transaction: (fn) =>
      client.transaction((tx) =>
        fn({ query: async <T>(text: string, params: unknown[] = []) => (await tx.query<T>(text, params)).rows }),
      ),
    async exec(text) {
      await client.exec(text);
    },
    close: () => client.close(),
  };
}

function pgDatabase(pool: pg.Pool): Database {
  // numeric (1700) stays a string, as PGlite returns it; bigint (20) becomes a number for seq columns.
  pg.types.setTypeParser(20, (v) => Number(v));
  return {
    async query<T>(text: string, params: unknown[] = []) {
      return (await pool.query(text, params)).rows as T[];
    },
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await fn({
          query: async <T>(text: string, params: unknown[] = []) =>
            (await client.query(text, params)).rows as T[],
        });
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      } finally {
        client.release();
      }
    },
    async exec(text) {
      await pool.query(text);
    },
    close: () => pool.end(),
  };
}

/** "memory" → in-memory PGlite; postgres:// URL → pg; anything else → a PGlite directory. */
export async function openDatabase(target: string): Promise<Database> {
  let db: Database;
  if (target === "memory") {
    db = pgliteDatabase(await PGlite.create());
  } else if (/^postgres(ql)?:\/\//.test(target)) {
    db = pgDatabase(new pg.Pool({ connectionString: target, max: 4 }));
  } else {
    // PGlite creates the data dir itself but not its parents.
    mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
    db = pgliteDatabase(await PGlite.create(target));
  }
  await db.exec(SCHEMA_SQL);
  return db;
}
