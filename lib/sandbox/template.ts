import { randomInt, randomUUID } from "node:crypto";
import type { Match } from "./scenario";

// {{references}} in scenario steps and the matchers of their expectations (see scenario.ts).

export type StepValues = { body: unknown; request?: unknown; idempotencyKey?: string };
export type TemplateContext = {
  run: string;
  steps: Record<string, StepValues>;
  /** What {{$time…}} counts from: the emulator's clock read before the step, else real time. */
  now?: number;
  /** Only while an API step's `auth` is resolved: {{$connection.client_id}}, {{$connection.api_key}}. */
  connection?: Record<string, string>;
};

const WHOLE = /^\{\{\s*([^{}]+?)\s*\}\}$/;
const ANY = /\{\{\s*([^{}]+?)\s*\}\}/g;

export class TemplateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "TemplateError";
  }
}

/** Reads `a.b.0.c`; arrays take numeric segments. */
export function readPath(value: unknown, path: string): unknown {
  let current = value;
  for (const segment of path.split(".").filter(Boolean)) {
    if (current === null || current === undefined) return undefined;
    if (Array.isArray(current)) current = current[Number(segment)];
    else if (typeof current === "object") current = (current as Record<string, unknown>)[segment];
    else return undefined;
  }
  return current;
}

const letters = (n: number) => Array.from({ length: n }, () => String.fromCharCode(97 + randomInt(26))).join("");

const TIME = /^time([+-])(\d+)([smhd])$/;
const UNIT_MS = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

function generated(name: string, ctx: TemplateContext): unknown {
  // {{$time+2d}}: an ISO instant relative to the run's clock (a card expiry the clock can then pass).
  const time = TIME.exec(name);
  if (time) {
    const offset = Number(time[2]) * UNIT_MS[time[3] as keyof typeof UNIT_MS] * (time[1] === "-" ? -1 : 1);
    return new Date((ctx.now ?? Date.now()) + offset).toISOString().replace(/\.\d{3}Z$/, "Z");
  }
  if (name.startsWith("connection.")) {
    const value = ctx.connection?.[name.slice("connection.".length)];
    if (value === undefined) throw new TemplateError(`{{$${name}}}: the connection's credentials may be named only in an API step's auth`);
    return value;
  }
  switch (name) {
    case "run":
      return ctx.run;
    case "uuid":
      return randomUUID();
    case "email":
      return `sandbox.${ctx.run}.${letters(6)}@example.com`;
    // Singapore mobile numbers: 8 digits starting with 8 or 9 (the emulator checks the format).
    case "phone_sg":
      return `9${String(randomInt(10_000_000)).padStart(7, "0")}`;
    // Names may not contain digits, so a unique suffix is made of letters.
    case "letters":
      return letters(8);
    case "digits16":
      return `REF${String(randomInt(1e9)).padStart(9, "0")}${String(randomInt(1e7)).padStart(7, "0")}`;
  }
  throw new TemplateError(`unknown generator {{$${name}}}`);
}

function lookup(expression: string, ctx: TemplateContext): unknown {
  if (expression.startsWith("$")) return generated(expression.slice(1), ctx);
  const [stepId, ...rest] = expression.split(".");
  const step = ctx.steps[stepId];
  if (!step) throw new TemplateError(`{{${expression}}}: no earlier step "${stepId}"`);
  if (rest.join(".") === "$key") return step.idempotencyKey;
  const fromRequest = rest[0] === "$request";
  const value = fromRequest ? readPath(step.request, rest.slice(1).join(".")) : readPath(step.body, rest.join("."));
  if (value === undefined) throw new TemplateError(`{{${expression}}}: nothing at "${rest.join(".")}" in step "${stepId}"'s response`);
  return value;
}

/** Replaces every reference; a string that is one reference keeps the value's own type. */
export function resolve<T>(value: T, ctx: TemplateContext): T {
  if (typeof value === "string") {
    const whole = WHOLE.exec(value);
    if (whole) return lookup(whole[1], ctx) as T;
    return value.replace(ANY, (_, expression: string) => String(lookup(expression, ctx))) as T;
  }
  if (Array.isArray(value)) return value.map((v) => resolve(v, ctx)) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v, ctx)])) as T;
  }
  return value;
}

export type Comparison = { path: string; expected: unknown; actual: unknown; ok: boolean };

const isOperator = (v: unknown): v is Record<string, unknown> =>
  Boolean(v) && typeof v === "object" && !Array.isArray(v) && Object.keys(v as object).length > 0 && Object.keys(v as object).every((k) => k.startsWith("$"));

function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  // UQPAY answers amounts as strings or numbers depending on the API; "8.98" matches 8.98.
  if ((typeof a === "number" && typeof b === "string") || (typeof a === "string" && typeof b === "number")) return String(a) === String(b);
  return JSON.stringify(a) === JSON.stringify(b);
}

function check(actual: unknown, expected: unknown): boolean {
  if (!isOperator(expected)) return equal(actual, expected);
  return Object.entries(expected).every(([op, arg]) => {
    switch (op) {
      case "$exists":
        return (actual !== undefined && actual !== null) === Boolean(arg);
      case "$oneOf":
        return Array.isArray(arg) && arg.some((v) => equal(actual, v));
      case "$not":
        return !equal(actual, arg);
      case "$regex":
        return typeof actual === "string" && new RegExp(String(arg)).test(actual);
      case "$contains":
        return Array.isArray(actual) ? actual.some((v) => equal(v, arg) || (isObject(v) && equal(v.name, arg))) : typeof actual === "string" && actual.includes(String(arg));
      case "$length":
        return Array.isArray(actual) && actual.length === arg;
      case "$gt":
        return Number(actual) > Number(arg);
      case "$lt":
        return Number(actual) < Number(arg);
      default:
        return false;
    }
  });
}

const isObject = (v: unknown): v is Record<string, unknown> => Boolean(v) && typeof v === "object" && !Array.isArray(v);

/** One comparison per expected path, in the order written. */
export function compare(actual: unknown, match: Match): Comparison[] {
  return Object.entries(match).map(([path, expected]) => {
    const value = readPath(actual, path);
    return { path, expected, actual: value, ok: check(value, expected) };
  });
}
