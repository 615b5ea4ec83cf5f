import "server-only";
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import {
  abortedError,
  invalidResponseError,
  isTokenRejection,
  isUqpayError,
  networkError,
  timeoutError,
  type UqpayError,
  withOutcome,
} from "./errors";
import { buildHeaders, buildUrl, hasJsonBody, needsIdempotencyKey, type RawResponse, unwrap } from "./request-parts";
import { backoffDelay, type Clock, DEFAULT_RETRY_POLICY, parseRetryAfter, realClock, type RetryPolicy } from "./retry";

export type HttpMethod = "GET" | "POST" | "DELETE";
export type QueryValue = string | number | boolean | null | undefined;

export type RequestSpec = {
  method: HttpMethod;
  /** Appended to the base URL, e.g. "/v1/issuing/cards". */
  path: string;
  query?: Record<string, QueryValue>;
  body?: unknown;
  /** Reused by every automatic retry of this call; generated once per call when absent. */
  idempotencyKey?: string;
  onBehalfOf?: string;
  /** Only the token call itself is unauthenticated. */
  authenticated?: boolean;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  timeoutMs?: number;
  /**
   * The sandbox workbench's error tour only (through `raw`): a body sent as is instead of JSON
   * (malformed JSON, a form body), its content type from `headers` (JSON when absent).
   */
  rawBody?: string;
  /** Workbench only: an authenticated call sent without an access token, to show UQPAY's 401. */
  omitToken?: boolean;
  /** Workbench only: one attempt, no retry and no token refresh, to show UQPAY's first answer. */
  once?: boolean;
};

/** What hooks see: never headers, bodies or tokens (bodies can hold a full PAN and CVV). */
export type RequestEvent = { method: HttpMethod; path: string; attempt: number; idempotencyKey?: string };
export type ResponseEvent = RequestEvent & {
  status: number;
  durationMs: number;
  ok: boolean;
  errorCode?: string;
  requestId?: string;
};

export type HttpOptions = {
  /** Per-attempt timeout. */
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  clock?: Partial<Clock>;
  generateIdempotencyKey?: () => string;
  onRequest?: (event: RequestEvent) => void;
  onResponse?: (event: ResponseEvent) => void;
};

export type TokenSource = { get: () => Promise<string>; invalidate: (token: string) => void };
export type HttpTarget = { baseUrl: string; clientId: string; onBehalfOf?: string };

export type HttpClient = {
  request: <T = unknown>(spec: RequestSpec, schema?: z.ZodType<T>) => Promise<T>;
  useTokens: (tokens: TokenSource) => void;
};

const DEFAULT_TIMEOUT_MS = 15_000;

export function createHttpClient(target: HttpTarget, options: HttpOptions = {}): HttpClient {
  const clock: Clock = { ...realClock, ...options.clock };
  const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const newKey = options.generateIdempotencyKey ?? randomUUID;
  let tokens: TokenSource | undefined;

  function emit<E>(hook: ((e: E) => void) | undefined, event: E) {
    try {
      hook?.(event);
    } catch {
      // Logging must never break a payment call.
    }
  }

  async function once(spec: RequestSpec, key: string | undefined, token: string | undefined, attemptTimeout: number) {
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), attemptTimeout);
    const signal = spec.signal ? AbortSignal.any([spec.signal, timeout.signal]) : timeout.signal;
    try {
      const res = await fetch(buildUrl(target.baseUrl, spec), {
        method: spec.method,
        headers: buildHeaders(target, spec, key, token),
        body: spec.rawBody ?? (hasJsonBody(spec) ? JSON.stringify(spec.body ?? {}) : undefined),
        signal,
        redirect: "error",
      });
      const text = await res.text();
      const requestId = res.headers.get("x-request-id") ?? res.headers.get("request-id") ?? undefined;
      let body: unknown = text;
      try {
        body = text ? JSON.parse(text) : null;
      } catch {
        if (res.ok) throw invalidResponseError(res.status, "body is not JSON", requestId);
      }
      const retryAfterMs = parseRetryAfter(res.headers.get("retry-after"), clock.now());
      return { status: res.status, body, requestId, retryAfterMs } satisfies RawResponse;
    } catch (error) {
      if (isUqpayError(error)) throw error;
      if (spec.signal?.aborted) throw abortedError("unknown");
      if (timeout.signal.aborted) throw timeoutError(attemptTimeout);
      throw networkError(error);
    } finally {
      clearTimeout(timer);
    }
  }

  async function request<T>(spec: RequestSpec, schema?: z.ZodType<T>): Promise<T> {
    const authenticated = spec.authenticated !== false;
    const key = needsIdempotencyKey(spec) ? (spec.idempotencyKey ?? newKey()) : undefined;
    const deadlineAt = clock.now() + policy.deadlineMs;
    let attempt = 0;
    let counted = 0;
    let refreshed = false;
    let sawUnknown = false;

    const finish = (error: UqpayError) => {
      error.attempts = attempt;
      // An earlier attempt may have reached UQPAY; a later 429 or 5xx cannot prove it did not.
      if (sawUnknown && error.retryable && error.outcome === "failed") return withOutcome(error, "unknown");
      return error;
    };

    for (;;) {
      attempt++;
      counted++;
      const event: RequestEvent = { method: spec.method, path: spec.path, attempt, idempotencyKey: key };
      let token: string | undefined;
      if (authenticated && !spec.omitToken) {
        if (!tokens) throw new Error("UQPAY http client has no token source.");
        try {
          token = await tokens.get();
        } catch (error) {
          // The business call was never sent, whatever happened to the token call.
          if (isUqpayError(error)) throw finish(sawUnknown ? error : withOutcome(error, "failed"));
          throw error;
        }
      }
      const startedAt = clock.now();
      // The token call may have used up the budget; do not send what we cannot wait for.
      if (startedAt >= deadlineAt) throw finish(withOutcome(timeoutError(policy.deadlineMs), sawUnknown ? "unknown" : "failed"));
      emit(options.onRequest, event);
      let raw: RawResponse;
      let body: unknown;
      try {
        raw = await once(spec, key, token, Math.min(spec.timeoutMs ?? timeoutMs, deadlineAt - startedAt));
        body = unwrap(raw);
      } catch (error) {
        if (!isUqpayError(error)) throw error;
        emit(options.onResponse, {
          ...event, status: error.httpStatus, durationMs: clock.now() - startedAt, ok: false,
          errorCode: error.code, requestId: error.requestId,
        });
        if (error.outcome === "unknown") sawUnknown = true;
        if (token && tokens && !refreshed && !spec.once && isTokenRejection(error)) {
          refreshed = true;
          tokens.invalidate(token);
          counted--;
          continue;
        }
        if (!error.retryable || spec.once || counted >= policy.maxAttempts) throw finish(error);
        const delay = error.retryAfterMs ?? backoffDelay(counted, policy, clock.random);
        if (clock.now() + delay >= deadlineAt) throw finish(error);
        try {
          await clock.sleep(delay, spec.signal);
        } catch {
          throw finish(abortedError(sawUnknown ? "unknown" : "failed"));
        }
        continue;
      }
      emit(options.onResponse, { ...event, status: raw.status, durationMs: clock.now() - startedAt, ok: true, requestId: raw.requestId });
      if (!schema) return body as T;
      const parsed = schema.safeParse(body);
      if (parsed.success) return parsed.data;
      const where = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`);
      throw finish(invalidResponseError(raw.status, where.join("; "), raw.requestId));
    }
  }

  return { request, useTokens: (source) => void (tokens = source) };
}
