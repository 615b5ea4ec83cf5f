// A real console for benchmarks: `next start` on a fresh embedded database, pointed at a UQPAY
// (usually an in-process emulator the benchmark controls), with an admin session cookie minted
// for it, and the server's memory read from /proc. Needs a production build (built if missing).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { encode } from "next-auth/jwt";
import { eq } from "drizzle-orm";
import { consoleDbTarget, openDatabase } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { consoleEnv } from "@/lib/env";
import { createFirstAdmin } from "@/lib/team/members";

export type BenchConsole = { url: string; cookie: string; pid: number; rssMb: () => number; stop: () => Promise<void> };

const SESSION_COOKIE = "authjs.session-token";
const ADMIN_EMAIL = "bench-admin@example.com";

/** Resident memory of a process and its descendants, in MiB (Linux /proc). */
export function treeRssMb(root: number): number {
  const parents = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      // exited meanwhile
    }
  }
  const tree = new Set([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, ppid] of parents) {
      if (tree.has(ppid) && !tree.has(pid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  let kb = 0;
  for (const pid of tree) {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
    } catch {
      // exited meanwhile
    }
  }
  return kb / 1024;
}

/**
 * Starts the console. `fresh` (the default) wipes `dataDir` and creates the admin; `fresh: false`
 * restarts on the data a previous start left (the session stays valid).
 */
export async function startBenchConsole(options: {
  port: number;
  dataDir: string;
  uqpayApiBase: string;
  env?: Record<string, string>;
  nodeArgs?: string[];
  /** A PostgreSQL database for the console instead of PGlite under dataDir (emptied when fresh). */
  databaseUrl?: string;
  fresh?: boolean;
}): Promise<BenchConsole> {
  const { port, dataDir } = options;
  if (!existsSync(path.join(process.env.NEXT_DIST_DIR || ".next", "BUILD_ID"))) {
    console.log("[bench] no production build: running `next build` first");
    if (spawnSync("node_modules/.bin/next", ["build"], { stdio: "inherit" }).status !== 0) throw new Error("next build failed");
  }
  if (options.fresh !== false) rmSync(dataDir, { recursive: true, force: true });
  if (options.fresh !== false && options.databaseUrl) await emptyPostgres(options.databaseUrl);
  const env = benchConsoleEnv(dataDir, options.databaseUrl);
  const handle = await openDatabase(consoleDbTarget(env));
  const [existing] = await handle.db.select().from(users).where(eq(users.email, ADMIN_EMAIL));
  const admin = existing ?? (await createFirstAdmin(handle.db, { name: "Bench Admin", email: ADMIN_EMAIL, password: "bench password 0123456789" }));
  await handle.close();
  const token = await encode({
    token: { sub: admin.id, name: admin.name, email: admin.email, role: "admin", signedInAt: Date.now() },
    secret: env.AUTH_SECRET,
    salt: SESSION_COOKIE,
  });
  const url = `http://127.0.0.1:${port}`;
  await assertPortFree(`${url}/login`, port);
  // `node` flags (a CPU profile, an inspector) go to the server itself: NODE_OPTIONS refuses some of them.
  const child: ChildProcess = spawn(process.execPath, [...(options.nodeArgs ?? []), "node_modules/next/dist/bin/next", "start", "-H", "127.0.0.1", "-p", String(port)], {
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      DATA_DIR: dataDir,
      ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
      AUTH_URL: url,
      EMULATOR_URL: options.uqpayApiBase,
      CONSOLE_DEFAULT_EMULATOR: "1",
      ...options.env,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  await untilServing(child, `${url}/login`, "the console");
  return {
    url,
    cookie: `${SESSION_COOKIE}=${token}`,
    pid: child.pid!,
    rssMb: () => treeRssMb(child.pid!),
    stop: () => stopServer(child),
  };
}

/** Throws when something already answers `url`: a server left over from an earlier run would be measured instead. */
export async function assertPortFree(url: string, port: number): Promise<void> {
  const taken = await fetch(url).then(
    () => true,
    () => false,
  );
  if (taken) throw new Error(`port ${port} is already in use (a server left over from an earlier run?)`);
}

/** Waits (up to a minute) until a started server answers `url` with a success. */
export async function untilServing(child: ChildProcess, url: string, what: string): Promise<void> {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    if (i > 240 || child.exitCode !== null) throw new Error(`${what} did not start`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

export async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  await new Promise((r) => child.once("exit", r));
}

/** The console's settings for a benchmark's data folder, on PostgreSQL when a URL is given. */
export function benchConsoleEnv(dataDir: string, databaseUrl?: string) {
  return consoleEnv({ DATA_DIR: dataDir, ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) });
}

/** Drops everything a previous run left in the database (the console migrates it afresh). */
async function emptyPostgres(url: string): Promise<void> {
  const { Client } = await import("pg");
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("DROP SCHEMA IF EXISTS public CASCADE; DROP SCHEMA IF EXISTS drizzle CASCADE; CREATE SCHEMA public;");
  } finally {
    await client.end();
  }
}
