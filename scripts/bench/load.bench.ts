import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { operations } from "@/lib/db/schema";
import { asSession, type SessionUser } from "@/lib/testing/action-env";
import { openEmulatedConsole, type EmulatedConsole } from "@/lib/testing/console-world";
import { addMember } from "@/lib/team/members";

vi.mock("@/lib/auth", async () => (await import("@/lib/testing/action-env")).authModule);
vi.mock("next/headers", async () => (await import("@/lib/testing/action-env")).headersModule);
vi.mock("next/cache", async () => (await import("@/lib/testing/action-env")).cacheModule);
vi.mock("next-intl/server", async () => (await import("@/lib/testing/action-env")).intlModule);

// BENCH_OPERATORS operators (default 20) each issue a card and freeze it, over and over, for
// BENCH_SECONDS (default 60), through the console's server actions against the emulator, which
// answers BENCH_FAULT_RATE (default 3%) of writes with a 500. Prints latency figures.
const OPERATORS = Number(process.env.BENCH_OPERATORS ?? 20);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const FAULT_RATE = Number(process.env.BENCH_FAULT_RATE ?? 0.03);
const CALL_LIMIT_MS = 60_000;
const VISA_SHARE = "467e993f-317a-49fc-9ea0-bf49de7d1f76";

type Result = { ok: boolean; code?: string; outcome?: string; upstream?: { httpStatus?: number }; data?: unknown };
let w: EmulatedConsole;
const samples: Record<string, number[]> = { "card.create": [], "card.freeze": [] };
const failures: Record<string, number> = {};
let injected = 0;
let waitedForActivation = 0;
let holderRotations = 0;
let stuck = 0;
let crashed = 0;

beforeAll(async () => {
  w = await openEmulatedConsole({ activationDelayMs: 0 });
}, 120_000);
afterAll(() => w?.close());

async function timed(kind: string, user: SessionUser, call: () => Promise<Result>): Promise<Result | null> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const watchdog = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), CALL_LIMIT_MS)));
  try {
    const result = await Promise.race([asSession(user, call), watchdog]);
    if (result === null) {
      stuck++;
      return null;
    }
    samples[kind].push(performance.now() - started);
    if (!result.ok) {
      const upstream = result.upstream?.httpStatus ?? 0;
      if (result.outcome === "unknown" || upstream >= 500 || upstream === 429) injected++;
      else if (result.code === "card_action_not_allowed") waitedForActivation++;
      else if (result.code === "cardholder_quota_exceeded") holderRotations++;
      else failures[`${kind}: ${result.code}`] = (failures[`${kind}: ${result.code}`] ?? 0) + 1;
    }
    return result;
  } catch {
    crashed++;
    return null;
  } finally {
    clearTimeout(timer);
  }
}

/** Retries one operation with its operation id, as the console's forms do, until it settles. */
async function settle(kind: string, user: SessionUser, call: (operationId: string) => Promise<Result>): Promise<Result | null> {
  const operationId = randomUUID();
  for (let attempt = 0; attempt < 8; attempt++) {
    const result = await timed(kind, user, () => call(operationId));
    if (!result || result.ok) return result;
    const upstream = result.upstream?.httpStatus ?? 0;
    if (result.outcome !== "unknown" && upstream < 500 && upstream !== 429) return result;
  }
  return null;
}

/** A cardholder made directly at the emulator (setup, not measured), through the injected faults. */
async function newCardholder(): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await w.harness.cardholder();
    } catch (error) {
      if (attempt >= 10) throw error;
    }
  }
}

const pct = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN;
};

it(`${OPERATORS} operators issue and freeze cards for ${SECONDS} s`, async () => {
  const { issueCard } = await import("@/app/(console)/cards/actions");
  const { freezeCard } = await import("@/app/(console)/cards/[cardId]/actions");
  const operators: SessionUser[] = [];
  for (let i = 0; i < OPERATORS; i++) {
    const m = await addMember(w.db, { name: `Load ${i}`, email: `load-${i}-${randomUUID().slice(0, 6)}@example.com`, role: "operator", password: "a long enough password" });
    operators.push({ id: m.id, role: "operator", signedInAt: 1 });
  }
  const holders = await Promise.all(operators.map(() => w.harness.cardholder()));
  w.harness.emu.runtime.faults.set([{ path: "/**", method: "POST", kind: "error500", probability: FAULT_RATE }]);

  let issued = 0;
  let frozen = 0;
  const until = Date.now() + SECONDS * 1000;
  const started = Date.now();
  await Promise.all(operators.map(async (user, i) => {
    while (Date.now() < until) {
      const issue = await settle("card.create", user, (operationId) =>
        issueCard({ operationId, mode: "two_step", cardholder_id: holders[i], card_product_id: VISA_SHARE, card_currency: "USD", card_limit: "10.00" }) as Promise<Result>);
      // The emulator caps cards per cardholder, as UQPAY does: move on to a new cardholder.
      if (issue?.code === "cardholder_quota_exceeded") holders[i] = await newCardholder();
      if (!issue?.ok) continue;
      issued++;
      const cardId = (issue.data as { card_id: string }).card_id;
      for (let tries = 0; tries < 20; tries++) {
        const freeze = await settle("card.freeze", user, (operationId) => freezeCard({ operationId, card_id: cardId, update_reason: "load test" }) as Promise<Result>);
        if (freeze?.ok) {
          frozen++;
          break;
        }
        // Still PENDING on the emulated clock: wait for activation, as a person would.
        if (freeze?.code !== "card_action_not_allowed") break;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  }));
  const elapsed = (Date.now() - started) / 1000;
  const firedFaults = w.harness.emu.runtime.faults.list().reduce((sum, rule) => sum + rule.fired, 0);
  w.harness.emu.runtime.faults.clear();
  const [{ n }] = (await w.db.select({ n: sql<number>`count(*)::int` }).from(operations).where(eq(operations.state, "pending")));

  const row = (kind: string) => {
    const xs = samples[kind];
    return `${kind.padEnd(12)} ${String(xs.length).padStart(6)} calls  p50 ${pct(xs, 50).toFixed(0).padStart(5)} ms  p95 ${pct(xs, 95).toFixed(0).padStart(5)} ms  p99 ${pct(xs, 99).toFixed(0).padStart(5)} ms  max ${Math.max(...xs).toFixed(0).padStart(5)} ms`;
  };
  console.log([
    "",
    `== load: ${OPERATORS} operators, ${elapsed.toFixed(0)} s, ${(FAULT_RATE * 100).toFixed(0)}% of writes answered 500 by the emulator`,
    `cards issued ${issued}, frozen ${frozen} (${((issued + frozen) / elapsed).toFixed(1)} operations/s)`,
    row("card.create"),
    row("card.freeze"),
    `injected 500s: ${firedFaults} (absorbed by the client's retries with the same idempotency key; ${injected} reached an action and were retried with the same operation id)`,
    `freezes that waited for activation: ${waitedForActivation}; new cardholders after the per-cardholder card quota: ${holderRotations}`,
    `other failures: ${JSON.stringify(failures)}; crashed calls: ${crashed}; calls stuck > ${CALL_LIMIT_MS / 1000} s: ${stuck}; operations left pending: ${n}`,
    "",
  ].join("\n"));
  expect(crashed, "calls that threw").toBe(0);
  expect(stuck, "calls that never answered (deadlock)").toBe(0);
  expect(failures, "failures other than injected faults").toEqual({});
  expect(frozen).toBe(issued);
  expect(n, "operations left pending").toBe(0);
}, 900_000);
