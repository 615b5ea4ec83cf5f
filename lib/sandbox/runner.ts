import "server-only";
import { randomBytes, randomUUID } from "node:crypto";
import { createUqpayClient, isProductionBaseUrl, TokenCache, type ResponseEvent, type UqpayConnection } from "@/lib/uqpay";
import type { GuidanceLocale } from "@/lib/uqpay/guidance";
import type { ConsoleContext } from "./console-actions";
import { emulatorControl } from "./emulator-control";
import { runAction, settle, type StepEnv } from "./execute-step";
import type { AttemptRecord, RunState, StepResult } from "./run-types";
import type { Scenario, ScenarioStep } from "./scenario";
import { compare, readPath, resolve, TemplateError, type TemplateContext } from "./template";
import { consoleWebhookSource, emulatorWebhookSource, type SeenWebhook, type WebhookSource } from "./webhook-source";

// The one scenario runner, used by the /sandbox page (server side, persisting each update) and
// by `npm run scenario` (printing a summary). It refuses production connections outright.

export type RunnerTarget = {
  connection: UqpayConnection;
  /** The connection's environment: "emulator" enables every step; anything else runs only sandbox-safe ones. */
  environment: string;
  name: string;
};

export type RunnerOptions = {
  locale?: GuidanceLocale;
  onUpdate?: (state: RunState) => void | Promise<void>;
  /** The console's database and who is acting: needed by console steps (the operations ledger). */
  console?: ConsoleContext;
  /** Shorter retry waits, for tests. */
  fastRetries?: boolean;
};

export class ProductionRefusedError extends Error {
  readonly code = "production_refused";
  constructor() {
    super("Scenarios never run against a production connection.");
    this.name = "ProductionRefusedError";
  }
}

export function isProductionTarget(target: { environment: string; connection: { baseUrl: string } }): boolean {
  return target.environment === "production" || isProductionBaseUrl(target.connection.baseUrl);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const now = () => new Date().toISOString();

export async function runScenario(scenario: Scenario, target: RunnerTarget, options: RunnerOptions = {}): Promise<RunState> {
  if (isProductionTarget(target)) throw new ProductionRefusedError();
  const isEmulator = target.environment === "emulator";
  let attempts: AttemptRecord[] = [];
  // Each client has its own token cache: a run never reuses (or spoils) the console's tokens.
  const clientOptions = () => ({
    tokenCache: new TokenCache(),
    ...(options.fastRetries ? { retry: { baseDelayMs: 20, maxDelayMs: 200 } } : {}),
    onResponse: (e: ResponseEvent) =>
      attempts.push({ attempt: e.attempt, status: e.status, ok: e.ok, errorCode: e.errorCode, durationMs: Math.round(e.durationMs) }),
  });
  const uqpay = createUqpayClient(target.connection, clientOptions());
  const control = isEmulator ? emulatorControl(target.connection.baseUrl) : null;
  const env: StepEnv = {
    uqpay,
    credentials: { clientId: target.connection.clientId, apiKey: target.connection.apiKey },
    clientFor: (credentials) => createUqpayClient({ ...target.connection, id: randomUUID(), ...credentials }, clientOptions()),
    control,
    console: options.console ?? null,
    locale: options.locale ?? "en",
  };
  const ctx: TemplateContext = { run: randomBytes(3).toString("hex"), steps: {} };
  const state: RunState = {
    scenario: scenario.name,
    title: scenario.title,
    target: { environment: target.environment, name: target.name },
    status: "running",
    startedAt: now(),
    steps: scenario.steps.map((s) => ({ id: s.id, title: s.title, sandboxSafe: s.sandboxSafe, status: "pending", attempts: [], checks: [] })),
  };
  const publish = async () => {
    try {
      await options.onUpdate?.(structuredClone(state));
    } catch (error) {
      console.error("[scenario] could not record progress", error instanceof Error ? error.message : error);
    }
  };
  await publish();

  // Webhooks: the emulator's delivery log, or the console's inbox for a real sandbox connection.
  const webhooks: WebhookSource | null = control
    ? await emulatorWebhookSource(control)
    : options.console
      ? consoleWebhookSource(options.console.db, options.console.connectionId, new Date(Date.now() - 1000))
      : null;
  const seen = new Set<string>();

  for (const [i, step] of scenario.steps.entries()) {
    const result = state.steps[i];
    if (!isEmulator && !step.sandboxSafe) {
      Object.assign(result, { status: "skipped", note: "not sandbox-safe: runs on the emulator only" });
      await publish();
      continue;
    }
    Object.assign(result, { status: "running", startedAt: now() });
    await publish();
    const started = Date.now();
    attempts = [];
    try {
      // {{$time…}} counts from the emulator's clock, which scenarios move.
      ctx.now = control && JSON.stringify(step.action).includes("{{$time") ? Date.parse((await control.clock()).now) : undefined;
      await runStep(step, result, ctx, env, () => attempts);
      if (result.status === "running" && step.webhook) await waitWebhook(step, result, ctx, webhooks, seen);
      if (result.status === "running" && step.webhookOrder) await checkOrder(step, result, ctx, webhooks);
      if (result.status === "running" && step.advanceClockSeconds && control) result.clockAfter = (await control.advance({ seconds: step.advanceClockSeconds })).now;
      if (result.status === "running") result.status = "passed";
    } catch (error) {
      result.status = "failed";
      result.note = error instanceof TemplateError ? error.message : `could not run: ${error instanceof Error ? error.message : String(error)}`;
    }
    result.attempts = attempts;
    result.durationMs = Date.now() - started;
    await publish();
  }
  state.status = state.steps.some((s) => s.status === "failed") ? "failed" : "passed";
  state.finishedAt = now();
  await publish();
  return state;
}

async function runStep(step: ScenarioStep, result: StepResult, ctx: TemplateContext, env: StepEnv, attempts: () => AttemptRecord[]) {
  const deadline = Date.now() + (step.poll?.timeoutMs ?? 0);
  let polls = 0;
  let settled: ReturnType<typeof settle>;
  for (;;) {
    polls++;
    settled = settle(step, await runAction(step, ctx, env), ctx);
    if (!step.poll || settled.checks.every((c) => c.ok) || Date.now() >= deadline) break;
    // A polled GET retried many times would bury real retries; keep only the last poll's attempts.
    attempts().length = 0;
    await sleep(step.poll.intervalMs);
  }
  const { outcome, checks, copies } = settled;
  ctx.steps[step.id] = { body: outcome.body, request: outcome.request, idempotencyKey: outcome.idempotencyKey };
  Object.assign(result, {
    request: outcome.request,
    response: { ok: outcome.ok, status: outcome.status, ...(outcome.error ? { error: outcome.error } : { body: outcome.body }) },
    guidance: outcome.guidance,
    checks,
    ...(copies ? { copies } : {}),
    ...(step.poll ? { polls } : {}),
  });
  if (!checks.every((c) => c.ok)) {
    result.status = "failed";
    result.note = `expected ${checks.filter((c) => !c.ok).map((c) => c.path).join(", ")} to match`;
  }
}

function matching(webhooks: SeenWebhook[], match: Record<string, unknown> | undefined): SeenWebhook[] {
  const firstByEvent = new Map<string, SeenWebhook>();
  for (const w of webhooks) {
    if (firstByEvent.has(w.eventId)) continue;
    if (match && !compare(w.payload, match).every((c) => c.ok)) continue;
    firstByEvent.set(w.eventId, w);
  }
  return [...firstByEvent.values()].sort((a, b) => a.order - b.order);
}

async function waitWebhook(step: ScenarioStep, result: StepResult, ctx: TemplateContext, source: WebhookSource | null, seen: Set<string>) {
  const wait = resolve(step.webhook!, ctx);
  if (!source) {
    result.webhook = { expected: wait.eventType, received: null };
    result.note = "webhook not checked: no emulator delivery log or console inbox to read";
    return;
  }
  const deadline = Date.now() + wait.timeoutMs;
  for (;;) {
    const found = matching(await source.list(wait.eventType), wait.match).find((w) => !seen.has(w.eventId));
    if (found) {
      seen.add(found.eventId);
      result.webhook = { expected: wait.eventType, received: { eventType: found.eventType, eventId: found.eventId, status: found.status, time: found.time, payload: found.payload } };
      return;
    }
    if (Date.now() >= deadline) {
      result.webhook = { expected: wait.eventType, received: null };
      result.status = "failed";
      result.note = `no ${wait.eventType} webhook within ${wait.timeoutMs} ms (${source.name === "emulator" ? "emulator delivery log" : "console webhook inbox"})`;
      return;
    }
    await sleep(200);
  }
}

async function checkOrder(step: ScenarioStep, result: StepResult, ctx: TemplateContext, source: WebhookSource | null) {
  const order = resolve(step.webhookOrder!, ctx);
  if (!source) return;
  const deadline = Date.now() + order.timeoutMs;
  let actual: unknown[] = [];
  for (;;) {
    actual = matching(await source.list(order.eventType), order.match).map((w) => readPath(w.payload, order.field));
    if (actual.length >= order.values.length || Date.now() >= deadline) break;
    await sleep(200);
  }
  result.webhookOrder = { expected: order.values, actual };
  if (JSON.stringify(actual) !== JSON.stringify(order.values)) {
    result.status = "failed";
    result.note = `${order.eventType} webhooks arrived as ${JSON.stringify(actual)}`;
  }
}
