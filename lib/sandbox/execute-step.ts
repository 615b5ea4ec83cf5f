import "server-only";
import { randomUUID } from "node:crypto";
import { isUqpayError, type UqpayClient } from "@/lib/uqpay";
import { guidanceFor, type GuidanceLocale } from "@/lib/uqpay/guidance";
import { runConsoleAction, type ConsoleContext } from "./console-actions";
import { credentialsFor, recordApiRequest, type ApiAction, type Credentials } from "./api-step";
import type { EmulatorControl, FaultRule } from "./emulator-control";
import type { CopyResult, StepError, StepRequest, StepResult } from "./run-types";
import type { ScenarioStep } from "./scenario";
import { compare, resolve, type Comparison, type TemplateContext } from "./template";

// One action of a step and the check of its expectation; the runner adds polling, webhooks and
// the clock around it.

export type StepEnv = {
  uqpay: UqpayClient;
  /** The connection's own credentials: an API step's `auth` override starts from them. */
  credentials: Credentials;
  /** A client with other credentials (own token cache), for an API step's `auth` override. */
  clientFor: (credentials: Credentials) => UqpayClient;
  control: EmulatorControl | null;
  console: ConsoleContext | null;
  locale: GuidanceLocale;
};
export type ActionOutcome = {
  request: StepRequest;
  ok: boolean;
  status?: number;
  body: unknown;
  error?: StepError;
  guidance?: StepResult["guidance"];
  idempotencyKey?: string;
  /** A concurrent step's copies, each with its own answer. */
  copies?: ActionOutcome[];
};

function needControl(env: StepEnv): EmulatorControl {
  if (!env.control) throw new Error("this step needs the emulator's control API");
  return env.control;
}

export async function runAction(step: ScenarioStep, ctx: TemplateContext, env: StepEnv): Promise<ActionOutcome> {
  if (step.action.kind === "api") return runApi(step.action, ctx, env);
  const action = resolve(step.action, ctx);
  if (action.kind === "emulator") {
    const control = needControl(env);
    const { kind: _kind, command, ...input } = action;
    const request: StepRequest = { kind: "emulator", command, input };
    const body =
      action.command === "advance_clock"
        ? await control.advance({ seconds: action.seconds })
        : action.command === "idv"
          ? await control.idv(action.cardholderId, action.result)
          : action.command === "faults"
            ? { rules: await control.setFaults(action.rules as unknown as FaultRule[]) }
            : action.command === "account_settings"
              ? await control.accountSettings(action.accountId, action.settings)
              : await control.tick();
    return { request, ok: true, status: 200, body };
  }
  if (action.kind === "customer") {
    const control = needControl(env);
    const input = action.form ? { form: action.form } : { json: action.json };
    const answer = await control.customer(action.url, input);
    return { request: { kind: "customer", url: action.url, input }, ok: answer.status < 400, status: answer.status, body: answer.body };
  }
  if (action.kind === "console") {
    if (!env.console) throw new Error("console steps need the console's database");
    const consoleContext = env.console;
    const request: StepRequest = { kind: "console", operation: action.operation, input: action };
    return attempt(request, env, undefined, async () => {
      const done = await runConsoleAction(action, env.uqpay, consoleContext);
      request.input = done.request;
      return done.body;
    });
  }
  throw new Error(`unknown action ${(action as { kind: string }).kind}`);
}

async function runApi(unresolved: ApiAction, ctx: TemplateContext, env: StepEnv): Promise<ActionOutcome> {
  const { auth, ...rest } = unresolved;
  const action: ApiAction = { ...resolve(rest, ctx), auth: resolve(auth, { ...ctx, connection: { client_id: env.credentials.clientId, api_key: env.credentials.apiKey } }) };
  const idempotencyKey = action.method === "POST" ? (action.idempotencyKey ?? randomUUID()) : undefined;
  const credentials = credentialsFor(action.auth, env.credentials);
  const client = credentials ? env.clientFor(credentials) : env.uqpay;
  const request = recordApiRequest(action, idempotencyKey, credentials);
  const { method, path, query, body, headers, rawBody } = action;
  const send = () =>
    client.raw({ method, path, query, body, headers, rawBody, idempotencyKey, omitToken: action.auth === "none", once: Boolean(action.once || action.concurrent) });
  if (!action.concurrent) return attempt(request, env, idempotencyKey, send);
  const copies = await Promise.all(Array.from({ length: action.concurrent }, () => attempt(request, env, idempotencyKey, send)));
  return { ...copies[0], copies };
}

/** A UQPAY call: its answer, or its error with the console's guidance for it. */
async function attempt(request: StepRequest, env: StepEnv, idempotencyKey: string | undefined, call: () => Promise<unknown>): Promise<ActionOutcome> {
  try {
    return { request, ok: true, status: 200, body: await call(), idempotencyKey };
  } catch (error) {
    if (!isUqpayError(error)) throw error;
    const stepError: StepError = {
      code: error.code,
      type: error.type,
      httpStatus: error.httpStatus,
      message: error.message,
      ...(error.missingFields?.length ? { missing_fields: error.missingFields.map((f) => (f.type ? f : f.name)) } : {}),
      outcome: error.outcome,
    };
    const g = guidanceFor(error, env.locale);
    return {
      request,
      ok: false,
      status: error.httpStatus,
      body: stepError,
      error: stepError,
      guidance: { key: g.key, matched: g.matched, explanation: g.explanation, action: g.action },
      idempotencyKey,
    };
  }
}

/**
 * The expectation against an action's outcome. A concurrent step passes when it holds for at
 * least one copy; that copy (else the first) stands for the step, and every copy is listed.
 */
export function settle(step: ScenarioStep, outcome: ActionOutcome, ctx: TemplateContext): { outcome: ActionOutcome; checks: Comparison[]; copies?: CopyResult[] } {
  if (!outcome.copies) return { outcome, checks: checkExpectation(step, outcome, ctx) };
  const checked = outcome.copies.map((copy) => ({ copy, checks: checkExpectation(step, copy, ctx) }));
  const matched = checked.map((c) => c.checks.every((check) => check.ok));
  const chosen = checked[Math.max(0, matched.indexOf(true))];
  const count = matched.filter(Boolean).length;
  const copies = checked.map(({ copy }, i): CopyResult => ({ ok: copy.ok, status: copy.status, ...(copy.error ? { error: copy.error } : { body: copy.body }), matched: matched[i] }));
  const summary: Comparison = { path: "copies", expected: `at least 1 of ${copies.length}`, actual: `${count} of ${copies.length}`, ok: count > 0 };
  return { outcome: chosen.copy, checks: [summary, ...chosen.checks], copies };
}

/** Expected vs actual for one action; every row must hold for the step to pass. */
export function checkExpectation(step: ScenarioStep, outcome: ActionOutcome, ctx: TemplateContext): Comparison[] {
  const expect = resolve(step.expect, ctx);
  const checks: Comparison[] = [{ path: "outcome", expected: expect.outcome, actual: outcome.ok ? "success" : "error", ok: (expect.outcome === "success") === outcome.ok }];
  if (expect.error && outcome.error) {
    const e = expect.error;
    const actual = outcome.error;
    if (e.code !== undefined) checks.push({ path: "error.code", expected: e.code, actual: actual.code, ok: actual.code === e.code });
    if (e.type !== undefined) checks.push({ path: "error.type", expected: e.type, actual: actual.type, ok: actual.type === e.type });
    if (e.httpStatus !== undefined) checks.push({ path: "error.http_status", expected: e.httpStatus, actual: actual.httpStatus, ok: actual.httpStatus === e.httpStatus });
    if (e.message !== undefined) checks.push({ path: "error.message", expected: e.message, actual: actual.message, ok: actual.message === e.message });
  }
  if (expect.body) checks.push(...compare(outcome.body, expect.body));
  if (expect.guidance) {
    const matched = outcome.guidance?.matched;
    checks.push({ path: "guidance", expected: "specific", actual: matched ?? "none", ok: matched === "code" || matched === "message" });
  }
  return checks;
}
