import type { Comparison } from "./template";

// What a scenario run records: the browser renders it live, the database stores it (jsonb), the
// CLI prints its summary. Plain JSON, no class instances.

export type StepStatus = "pending" | "running" | "passed" | "failed" | "skipped";
export type RunStatus = "running" | "passed" | "failed" | "error";

/** One HTTP attempt of a step's call: retries after a 5xx, a 429 or a lost response show here. */
export type AttemptRecord = { attempt: number; status: number; ok: boolean; errorCode?: string; durationMs: number };

/** An API step's request as recorded: secret headers masked, long strings shortened. */
export type ApiStepRequest = {
  kind: "api";
  method: string;
  path: string;
  query?: Record<string, unknown>;
  body?: unknown;
  rawBody?: string;
  idempotencyKey?: string;
  headers?: Record<string, string>;
  /** "connection" unless the step overrides it; an API key shows masked. */
  auth?: "connection" | "none" | { clientId: string; apiKey: string };
  once?: boolean;
  concurrent?: number;
};

export type StepRequest =
  | ApiStepRequest
  | { kind: "emulator"; command: string; input: Record<string, unknown> }
  | { kind: "customer"; url: string; input: unknown }
  | { kind: "console"; operation: string; input: unknown };

export type StepError = {
  code: string;
  type?: string;
  httpStatus: number;
  message: string;
  missing_fields?: unknown[];
  outcome?: string;
};

export type CopyResult = { ok: boolean; status?: number; body?: unknown; error?: StepError; matched: boolean };

export type WebhookRecord = { eventType: string; eventId: string; status: string; time: string; payload: unknown };

export type StepResult = {
  id: string;
  title: string;
  sandboxSafe: boolean;
  status: StepStatus;
  startedAt?: string;
  durationMs?: number;
  request?: StepRequest;
  response?: { ok: boolean; status?: number; body?: unknown; error?: StepError };
  guidance?: { key: string; matched: string; explanation: string; action: string };
  /** A concurrent step's copies, in the order sent; `matched`: the expectation held for it. */
  copies?: CopyResult[];
  attempts: AttemptRecord[];
  /** How many times a polled step ran its action before the expectation held. */
  polls?: number;
  checks: Comparison[];
  webhook?: { expected: string; received: WebhookRecord | null };
  webhookOrder?: { expected: unknown[]; actual: unknown[] };
  clockAfter?: string;
  /** Why the step failed or was skipped, in plain words. */
  note?: string;
};

export type RunTarget = { environment: string; name: string };

export type RunState = {
  scenario: string;
  title: string;
  target: RunTarget;
  status: RunStatus;
  startedAt: string;
  finishedAt?: string;
  steps: StepResult[];
  error?: string;
};

export function summarize(state: Pick<RunState, "steps">) {
  const count = (s: StepStatus) => state.steps.filter((step) => step.status === s).length;
  return { passed: count("passed"), failed: count("failed"), skipped: count("skipped"), total: state.steps.length };
}
