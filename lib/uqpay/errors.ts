import "server-only";

/**
 * Whether the operation may have happened upstream. The operations ledger uses this: "failed"
 * means UQPAY definitely did not apply it; "unknown" means it may have (lost response, timeout,
 * 5xx, still processing) and must be reconciled or retried with the SAME idempotency key.
 */
export type UqpayOutcome = "failed" | "unknown";

/** A missing_fields entry: UQPAY sends either plain names or `{name, type, required, ...}` objects. */
export type MissingField = { name: string; type?: string; required?: boolean; description?: string };

export type UqpayErrorInit = {
  httpStatus: number;
  code: string;
  message: string;
  type?: string;
  legacy?: boolean;
  missingFields?: MissingField[];
  retryable?: boolean;
  outcome?: UqpayOutcome;
  requestId?: string;
  retryAfterMs?: number;
  attempts?: number;
  cause?: unknown;
};

export class UqpayError extends Error {
  readonly httpStatus: number;
  readonly code: string;
  readonly type?: string;
  /** True for envelope B (`{code:<number>, message}`): `code` is then the number as a string. */
  readonly legacy: boolean;
  readonly missingFields?: MissingField[];
  readonly retryable: boolean;
  readonly outcome: UqpayOutcome;
  readonly requestId?: string;
  readonly retryAfterMs?: number;
  attempts: number;

  constructor(init: UqpayErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = "UqpayError";
    this.httpStatus = init.httpStatus;
    this.code = init.code;
    this.type = init.type;
    this.legacy = init.legacy ?? false;
    this.missingFields = init.missingFields;
    this.retryable = init.retryable ?? false;
    this.outcome = init.outcome ?? "failed";
    this.requestId = init.requestId;
    this.retryAfterMs = init.retryAfterMs;
    this.attempts = init.attempts ?? 1;
  }

  /** Safe to log or return to the browser: no headers, bodies or credentials. */
  toJSON() {
    return {
      name: this.name,
      httpStatus: this.httpStatus,
      code: this.code,
      type: this.type,
      legacy: this.legacy,
      message: this.message,
      missingFields: this.missingFields,
      retryable: this.retryable,
      outcome: this.outcome,
      requestId: this.requestId,
      attempts: this.attempts,
    };
  }
}

export function isUqpayError(value: unknown): value is UqpayError {
  return value instanceof UqpayError;
}

// Envelope B's idempotency-pending quirk: HTTP 400 with `{code: 200, message: "request is processing..."}`.
const LEGACY_PROCESSING_RE = /request is processing/i;
// Envelope B "An internal error occurred, please try again" is a transient server fault on a 400.
const LEGACY_TRANSIENT_RE = /^an internal error occurred/i;

function normalizeMissingFields(value: unknown): MissingField[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const fields = value.flatMap((item): MissingField[] => {
    if (typeof item === "string") return [{ name: item }];
    if (item && typeof item === "object") {
      const o = item as Record<string, unknown>;
      const name = o.name ?? o.field_name;
      if (typeof name !== "string") return [];
      return [{
        name,
        type: typeof o.type === "string" ? o.type : undefined,
        required: typeof o.required === "boolean" ? o.required : undefined,
        description: typeof o.description === "string" ? o.description : undefined,
      }];
    }
    return [];
  });
  return fields;
}

function classifyStatus(httpStatus: number): Pick<UqpayErrorInit, "retryable" | "outcome"> {
  if (httpStatus === 429) return { retryable: true, outcome: "failed" };
  if (httpStatus >= 500) return { retryable: true, outcome: "unknown" };
  return { retryable: false, outcome: "failed" };
}

type ParseContext = { requestId?: string; retryAfterMs?: number };

/** Builds a UqpayError from a non-2xx response. `body` is the decoded JSON (or raw text / null). */
export function errorFromResponse(httpStatus: number, body: unknown, ctx: ParseContext = {}): UqpayError {
  const base = { httpStatus, requestId: ctx.requestId, retryAfterMs: ctx.retryAfterMs };
  const o = body && typeof body === "object" && !Array.isArray(body) ? (body as Record<string, unknown>) : undefined;

  // Envelope A: {type, code: string, message, missing_fields?}
  if (o && typeof o.code === "string") {
    const type = typeof o.type === "string" ? o.type : undefined;
    // Some card_error codes carry the message as the code and omit `message` (seed 004).
    const message = typeof o.message === "string" && o.message ? o.message : o.code;
    let cls = classifyStatus(httpStatus);
    if (o.code === "request_being_processed") cls = { retryable: true, outcome: "unknown" };
    else if (type === "api_error" || o.code === "api_error") {
      cls = { retryable: true, outcome: httpStatus === 429 ? "failed" : "unknown" };
    }
    return new UqpayError({
      ...base,
      ...cls,
      type,
      code: o.code,
      message,
      missingFields: normalizeMissingFields(o.missing_fields),
    });
  }

  // Envelope B (legacy flat): {code: <number>, message}
  if (o && typeof o.code === "number") {
    const message = typeof o.message === "string" ? o.message : `HTTP ${httpStatus}`;
    let cls = classifyStatus(httpStatus);
    if (LEGACY_PROCESSING_RE.test(message)) cls = { retryable: true, outcome: "unknown" };
    else if (o.code === 429 || /request is too frequent/i.test(message)) cls = { retryable: true, outcome: "failed" };
    else if (LEGACY_TRANSIENT_RE.test(message.trim())) cls = { retryable: true, outcome: "unknown" };
    return new UqpayError({ ...base, ...cls, code: String(o.code), message, legacy: true });
  }

  // Auth middleware: {error: "token has expired"} on 401.
  if (o && typeof o.error === "string") {
    return new UqpayError({ ...base, ...classifyStatus(httpStatus), code: httpStatus === 401 ? "unauthorized" : "http_error", message: o.error });
  }

  const text = typeof body === "string" && body.trim() ? body.trim().slice(0, 200) : `HTTP ${httpStatus}`;
  return new UqpayError({ ...base, ...classifyStatus(httpStatus), code: "http_error", message: text });
}

/**
 * A rejected access token (expired, revoked, malformed) — worth one token refresh. An IP
 * allow-list rejection is also a 401 but a new token cannot fix it.
 */
export function isTokenRejection(error: UqpayError): boolean {
  if (/\bip\b/i.test(error.message)) return false;
  if (error.httpStatus === 401) return true;
  return error.legacy && /login expired/i.test(error.message);
}

const UNSENT_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ERR_INVALID_URL"]);

/** Network failure. A refused connection never reached UQPAY; anything else might have. */
export function networkError(cause: unknown): UqpayError {
  const code = findErrorCode(cause);
  const unsent = code !== undefined && UNSENT_CODES.has(code);
  return new UqpayError({
    httpStatus: 0,
    code: "network_error",
    message: `Network error talking to UQPAY${code ? ` (${code})` : ""}.`,
    retryable: true,
    outcome: unsent ? "failed" : "unknown",
    cause,
  });
}

export function timeoutError(timeoutMs: number): UqpayError {
  return new UqpayError({
    httpStatus: 0,
    code: "timeout",
    message: `UQPAY did not answer within ${timeoutMs} ms.`,
    retryable: true,
    outcome: "unknown",
  });
}

/** A 2xx whose body does not match the wire schema: the call probably succeeded upstream. */
export function invalidResponseError(httpStatus: number, detail: string, requestId?: string): UqpayError {
  return new UqpayError({
    httpStatus,
    code: "invalid_response",
    message: `UQPAY returned an unexpected response: ${detail}`,
    retryable: false,
    outcome: "unknown",
    requestId,
  });
}

/** Rejected by the client before sending (bad page size, bad amount): nothing reached UQPAY. */
export function clientValidationError(message: string): UqpayError {
  return new UqpayError({
    httpStatus: 0,
    code: "client_validation_error",
    message,
    retryable: false,
    outcome: "failed",
  });
}

/** The caller aborted. If a request was already on the wire it may still be applied. */
export function abortedError(outcome: UqpayOutcome): UqpayError {
  return new UqpayError({ httpStatus: 0, code: "aborted", message: "The UQPAY call was cancelled.", retryable: false, outcome });
}

export function withOutcome(error: UqpayError, outcome: UqpayOutcome): UqpayError {
  if (error.outcome === outcome) return error;
  const copy = new UqpayError({ ...error.toJSON(), retryAfterMs: error.retryAfterMs, outcome, cause: error.cause });
  copy.attempts = error.attempts;
  return copy;
}

/**
 * For the operations ledger: "failed" only when UQPAY certainly did not apply the call. Anything
 * that is not a UqpayError (a bug, an unexpected throw) is treated as unknown, to be reconciled.
 */
export function outcomeOf(error: unknown): UqpayOutcome {
  return isUqpayError(error) ? error.outcome : "unknown";
}

function findErrorCode(error: unknown): string | undefined {
  for (let e = error, depth = 0; e && typeof e === "object" && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string") return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}
