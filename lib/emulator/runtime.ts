import { randomBytes } from "node:crypto";
import { Clock } from "./core/clock";
import type { EmulatorConfig, Runtime } from "./core/context";
import { Mutex, openDatabase } from "./db";
import { TRUNCATE_SQL } from "./db/schema";
import { FaultStore } from "./control/faults";
import { RequestLog } from "./control/request-log";
import { nextDueAt, runDue } from "./issuing/lifecycle";
import { acquiringNextDueAt, earliestDue, runAcquiringDue } from "./acquiring/lifecycle";
import { ACQUIRING_SCHEMA_SQL, ACQUIRING_TRUNCATE_SQL } from "./acquiring/schema";
import { seedBase } from "./seed";
import { seedDemo } from "./seed-demo";
import { WebhookDispatcher, type WebhookSettings } from "./webhooks/dispatcher";

export interface RuntimeOptions {
  db: string;
  config: Omit<EmulatorConfig, "jwtSecret" | "publicUrl"> & { jwtSecret?: string; publicUrl?: string };
  webhooks: Partial<WebhookSettings>;
}

export interface EmulatorRuntime extends Runtime {
  reset(options: { demo: boolean }): Promise<void>;
  /** Stores the clock offset so a restarted emulator on the same store keeps its emulated time. */
  persistClock(): Promise<void>;
  seedDemo(): Promise<void>;
  stop(): Promise<void>;
}

/** Builds the long-lived state: database, clock, write lock, webhooks, faults, logs, scheduler. */
export async function createRuntime(options: RuntimeOptions): Promise<EmulatorRuntime> {
  const db = await openDatabase(options.db);
  await db.exec(ACQUIRING_SCHEMA_SQL);
  const config: EmulatorConfig = {
    ...options.config,
    // A random secret per process means tokens die with the process, as a restarted sandbox would not honour them.
    jwtSecret: options.config.jwtSecret ?? randomBytes(32).toString("hex"),
    publicUrl: options.config.publicUrl ?? "http://127.0.0.1",
  };
  const clock = new Clock();
  const webhooks = new WebhookDispatcher(() => clock.now(), {
    url: null,
    secret: null,
    duplicate: false,
    out_of_order: false,
    out_of_order_window_ms: 50,
    max_attempts: 6,
    retry_base_ms: 1000,
    timeout_ms: 10_000,
    ...options.webhooks,
  });
  let nextDue: Date | null = null;
  let running: Promise<void> | null = null;

  const rt: EmulatorRuntime = {
    db,
    clock,
    mutex: new Mutex(),
    config,
    webhooks,
    faults: new FaultStore(),
    requests: new RequestLog(),
    rateWindows: new Map(),
    latestTokens: new Map(),
    noteDue(at) {
      if (!nextDue || at < nextDue) nextDue = at;
    },
    // Lazy on every API call and control call, and from the ticker: whichever comes first.
    catchUp() {
      if (!nextDue || rt.clock.now() < nextDue) return running ?? Promise.resolve();
      running ??= runDue(rt)
        .then(async (at) => {
          nextDue = earliestDue(at, await runAcquiringDue(rt));
        })
        .finally(() => {
          running = null;
        });
      return running;
    },
    async reset({ demo }) {
      await rt.mutex.run(() =>
        db.transaction(async (tx) => {
          await tx.query(TRUNCATE_SQL);
          await tx.query(ACQUIRING_TRUNCATE_SQL);
          rt.clock.reset();
          await seedBase(tx, config, rt.clock.now());
        }),
      );
      nextDue = null;
      rt.faults.clear();
      rt.requests.clear();
      rt.rateWindows.clear();
      webhooks.clearLog();
      if (demo) await rt.seedDemo();
    },
    async seedDemo() {
      await seedDemo(rt);
    },
    async persistClock() {
      const value = JSON.stringify({ offset_seconds: clock.offsetSeconds() });
      await rt.mutex.run(() =>
        db.query("INSERT INTO emu_meta (key, value) VALUES ('clock', $1) ON CONFLICT (key) DO UPDATE SET value = $1", [value]),
      );
    },
    async stop() {
      webhooks.close();
      await running;
      await rt.mutex.run(() => db.close());
    },
  };

  const saved = await db.query<{ value: { offset_seconds: number } }>("SELECT value FROM emu_meta WHERE key = 'clock'");
  if (saved[0]) clock.restore(saved[0].value.offset_seconds);
  await rt.mutex.run(() => db.transaction((tx) => seedBase(tx, config, rt.clock.now())));
  nextDue = earliestDue(await nextDueAt(db), await acquiringNextDueAt(db));
  if (config.demoSeed) await rt.seedDemo();
  return rt;
}
