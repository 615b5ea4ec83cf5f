import "server-only";
import { createHttpClient, type HttpOptions } from "./http";
import { clientValidationError } from "./errors";
import { balancesResource } from "./resources/balances";
import { cardholdersResource } from "./resources/cardholders";
import { cardsResource } from "./resources/cards";
import { paymentAttemptsResource, paymentIntentsResource, refundsResource } from "./resources/acquiring";
import { productsResource } from "./resources/products";
import { simulatorResource } from "./resources/simulator";
import { cardTransactionsResource } from "./resources/transactions";
import { createTokenSource, DEFAULT_REFRESH_SKEW_MS, type TokenCache } from "./token";

export const UQPAY_SANDBOX_BASE_URL = "https://api-sandbox.uqpaytech.com/api";
export const UQPAY_PRODUCTION_BASE_URL = "https://api.uqpay.com/api";

/** A decrypted connection. The client never reads process.env; callers pass everything in. */
export type UqpayConnection = {
  /** Stable id of the stored connection; part of the token cache key. */
  id: string;
  /** Ends with /api, e.g. UQPAY_SANDBOX_BASE_URL or the emulator's URL. */
  baseUrl: string;
  clientId: string;
  apiKey: string;
  /** Default x-on-behalf-of sub-account for every call; a call may override it. */
  onBehalfOf?: string;
};

export type RawRequest = {
  method: "GET" | "POST";
  /** After the base URL, e.g. "/v1/issuing/cards". */
  path: string;
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  idempotencyKey?: string;
  /** Extra headers; they win over the defaults (content type, x-on-behalf-of), not over the token or key. */
  headers?: Record<string, string>;
  /** Sent as is instead of `body` as JSON (the error tour's malformed bodies). */
  rawBody?: string;
  /** Send no access token (the error tour's 401s). */
  omitToken?: boolean;
  /** One attempt: no retry, no token refresh. */
  once?: boolean;
};

export type UqpayClientOptions = HttpOptions & {
  /** Defaults to a process-wide cache shared by every client for the same connection. */
  tokenCache?: TokenCache;
  refreshSkewMs?: number;
};

export function isProductionBaseUrl(baseUrl: string): boolean {
  try {
    return new URL(baseUrl).hostname === new URL(UQPAY_PRODUCTION_BASE_URL).hostname;
  } catch {
    return false;
  }
}

export function createUqpayClient(connection: UqpayConnection, options: UqpayClientOptions = {}) {
  const http = createHttpClient(connection, options);
  const tokens = createTokenSource({
    credentials: connection,
    http,
    cache: options.tokenCache,
    now: options.clock?.now,
    refreshSkewMs: options.refreshSkewMs ?? DEFAULT_REFRESH_SKEW_MS,
  });
  http.useTokens(tokens);
  const request = http.request;

  // UQPAY's simulator exists only in sandbox; refuse early rather than hit production with it.
  const simulatorRequest: typeof request = (spec, schema) => {
    if (isProductionBaseUrl(connection.baseUrl)) {
      return Promise.reject(clientValidationError("The transaction simulator is not available in production."));
    }
    return request(spec, schema);
  };

  return {
    issuing: {
      products: productsResource(request),
      cardholders: cardholdersResource(request),
      cards: cardsResource(request),
      balances: balancesResource(request),
      transactions: cardTransactionsResource(request),
    },
    acquiring: {
      paymentIntents: paymentIntentsResource(request),
      paymentAttempts: paymentAttemptsResource(request),
      refunds: refundsResource(request),
    },
    simulator: simulatorResource(simulatorRequest),
    /**
     * An unvalidated call through the same transport (token, idempotency key, retries): the sandbox
     * workbench replays the seeds' raw requests, including the malformed ones its error tour sends,
     * which the typed resources would refuse before sending.
     */
    raw: (spec: RawRequest) => {
      if (isProductionBaseUrl(connection.baseUrl)) return Promise.reject(clientValidationError("Raw calls are not available in production."));
      const { method, path, query, body, idempotencyKey, headers, rawBody, omitToken, once } = spec;
      return request<unknown>({ method, path, query, body, idempotencyKey, headers, rawBody, omitToken, once });
    },
    /**
     * Learns what UQPAY did with an idempotency key without risking a new effect: the same endpoint,
     * the same key, and a body UQPAY would refuse. A key UQPAY has seen replays its first answer
     * whatever the body (UQPAY's idempotency replay); an unseen one gets the refusal and nothing is
     * applied. Used by the operations reconciler after a crash.
     */
    replayKey: (path: string, idempotencyKey: string, refusedBody: Record<string, unknown>) =>
      request<unknown>({ method: "POST", path, body: refusedBody, idempotencyKey }),
    /** Fetches (or reuses) an access token: a cheap "test connection" for the settings page. */
    verifyCredentials: async () => {
      await tokens.get();
    },
  };
}

export type UqpayClient = ReturnType<typeof createUqpayClient>;
