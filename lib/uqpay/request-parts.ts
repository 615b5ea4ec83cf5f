import "server-only";
import { errorFromResponse } from "./errors";
import type { HttpTarget, RequestSpec } from "./http";

export type RawResponse = { status: number; body: unknown; requestId?: string; retryAfterMs?: number };

// The envelope-B "still processing" body has also been reported on a 2xx; never treat it as data.
const PROCESSING_RE = /request is processing/i;

/** Writes carry a JSON body ({} when empty, as the official SDKs send); the token call has none. */
export function hasJsonBody(spec: RequestSpec): boolean {
  return spec.body !== undefined || (spec.method !== "GET" && spec.authenticated !== false);
}

/**
 * The key goes on every authenticated write. The token call is exempt: it is not an operation and
 * UQPAY documents no idempotency header for it.
 */
export function needsIdempotencyKey(spec: RequestSpec): boolean {
  return spec.method !== "GET" && spec.authenticated !== false;
}

export function buildUrl(baseUrl: string, spec: RequestSpec): string {
  const url = new URL(baseUrl.replace(/\/+$/, "") + spec.path);
  for (const [name, value] of Object.entries(spec.query ?? {})) {
    if (value !== undefined && value !== null && value !== "") url.searchParams.set(name, String(value));
  }
  return url.toString();
}

export function buildHeaders(target: HttpTarget, spec: RequestSpec, key: string | undefined, token: string | undefined) {
  const headers: Record<string, string> = { accept: "application/json" };
  if (hasJsonBody(spec) || spec.rawBody !== undefined) headers["content-type"] = "application/json";
  // Acquiring (/v2) requires x-client-id on every call; issuing does not use it.
  if (spec.path.startsWith("/v2/")) headers["x-client-id"] = target.clientId;
  const onBehalfOf = spec.onBehalfOf ?? target.onBehalfOf;
  if (onBehalfOf) headers["x-on-behalf-of"] = onBehalfOf;
  // The caller's headers win over these defaults (the workbench sends a form content type or an
  // unknown sub-account on purpose), but never over the token or the idempotency key below.
  for (const [name, value] of Object.entries(spec.headers ?? {})) headers[name.toLowerCase()] = value;
  // Literally "Bearer <jwt>": a bare JWT or an Authorization header is refused with 401.
  if (token) headers["x-auth-token"] = `Bearer ${token}`;
  if (key) headers["x-idempotency-key"] = key;
  return headers;
}

/** Returns the body of a successful response, or throws the UqpayError it represents. */
export function unwrap(raw: RawResponse): unknown {
  const { status, body } = raw;
  const ok = status >= 200 && status < 300;
  const o = body && typeof body === "object" ? (body as { code?: unknown; message?: unknown }) : undefined;
  const processing = typeof o?.code === "number" && PROCESSING_RE.test(String(o.message));
  if (ok && !processing) return body;
  throw errorFromResponse(ok ? 400 : status, body, raw);
}
