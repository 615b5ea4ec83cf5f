import type { ApiStepRequest } from "./run-types";
import type { ScenarioAction } from "./scenario";

// What the run record keeps of an API step's request. The record is stored in the console's
// database, polled by the browser and printed by the CLI, so it never holds a credential or a
// token, and a multi-megabyte test document is kept as its length.

export type ApiAction = Extract<ScenarioAction, { kind: "api" }>;
export type Credentials = { clientId: string; apiKey: string };

export const MASK = "••••";
const LONG = 200;
// x-auth-token, x-api-key, authorization, cookies, signatures… but not the idempotency key, which
// the tour reuses on purpose and the record already shows.
const SECRET_HEADER = /auth|token|key|secret|signature|password|cookie/i;

/** Keeps a scheme word ("Bearer ••••") so a malformed token's shape still shows, never the value. */
export function maskSecret(value: string): string {
  const scheme = /^([A-Za-z]+)\s+\S/.exec(value);
  return scheme ? `${scheme[1]} ${MASK}` : MASK;
}

export function redactHeaders(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).map(([name, value]) => {
      const lower = name.toLowerCase();
      return [lower, lower !== "x-idempotency-key" && SECRET_HEADER.test(lower) ? maskSecret(value) : value];
    }),
  );
}

/** Strings longer than 200 characters become their start and length, anywhere in a value. */
export function abbreviate<T>(value: T): T {
  if (typeof value === "string") return (value.length > LONG ? `${value.slice(0, 24)}… (${value.length.toLocaleString("en")} characters)` : value) as T;
  if (Array.isArray(value)) return value.map(abbreviate) as T;
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, abbreviate(v)])) as T;
  return value;
}

/** The credentials an `auth` override asks for, the connection's own filling what it leaves out. */
export function credentialsFor(auth: ApiAction["auth"], connection: Credentials): Credentials | null {
  if (!auth || auth === "none") return null;
  return { clientId: auth.clientId ?? connection.clientId, apiKey: auth.apiKey ?? connection.apiKey };
}

export function recordApiRequest(action: ApiAction, idempotencyKey: string | undefined, credentials: Credentials | null): ApiStepRequest {
  return {
    kind: "api",
    method: action.method,
    path: action.path,
    query: action.query,
    body: abbreviate(action.body),
    ...(action.rawBody === undefined ? {} : { rawBody: abbreviate(action.rawBody) }),
    idempotencyKey,
    ...(action.headers ? { headers: redactHeaders(action.headers) } : {}),
    ...(action.auth === undefined ? {} : { auth: credentials ? { clientId: credentials.clientId, apiKey: MASK } : "none" }),
    ...(action.once ? { once: true } : {}),
    ...(action.concurrent ? { concurrent: action.concurrent } : {}),
  };
}
