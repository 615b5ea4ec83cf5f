import "server-only";
import { createHash } from "node:crypto";
import { z } from "zod";
import type { HttpClient, TokenSource } from "./http";

export type TokenCredentials = { id: string; baseUrl: string; clientId: string; apiKey: string };

type CachedToken = { token: string; refreshAtMs: number };

const tokenResponse = z.looseObject({
  auth_token: z.string().min(1),
  // Docs: unix seconds. Tolerate milliseconds, numeric strings and ISO text too.
  expired_at: z.union([z.number(), z.string()]),
});

/** Tokens live 30 minutes; refresh this long before `expired_at` (Node/Python SDKs use 60 s). */
export const DEFAULT_REFRESH_SKEW_MS = 60_000;
// Used only when expired_at is unreadable: short enough to be safe, long enough to be useful.
const FALLBACK_LIFETIME_MS = 5 * 60_000;

/**
 * Process-wide cache of access tokens, one per connection + credentials. A single refresh is
 * shared by all concurrent callers, because UQPAY rate-limits the token endpoint (60/min in
 * sandbox) and some business lines revoke the previous token when a new one is issued.
 */
export class TokenCache {
  private readonly tokens = new Map<string, CachedToken>();
  private readonly inflight = new Map<string, Promise<CachedToken>>();

  async get(key: string, now: number, fetchToken: () => Promise<CachedToken>): Promise<string> {
    const cached = this.tokens.get(key);
    if (cached && now < cached.refreshAtMs) return cached.token;
    let pending = this.inflight.get(key);
    if (!pending) {
      pending = fetchToken().then(
        (fresh) => {
          this.tokens.set(key, fresh);
          this.inflight.delete(key);
          return fresh;
        },
        (error: unknown) => {
          this.inflight.delete(key);
          throw error;
        },
      );
      this.inflight.set(key, pending);
    }
    return (await pending).token;
  }

  /** Drops the token only if it is still the cached one, so N concurrent 401s refresh once. */
  invalidate(key: string, token: string): void {
    if (this.tokens.get(key)?.token === token) this.tokens.delete(key);
  }

  clear(): void {
    this.tokens.clear();
  }
}

export const sharedTokenCache = new TokenCache();

/** Cache key: connection id plus a fingerprint, so rotated credentials never reuse an old token. */
export function tokenCacheKey(credentials: TokenCredentials): string {
  const fingerprint = createHash("sha256")
    .update(`${credentials.baseUrl}\u0000${credentials.clientId}\u0000${credentials.apiKey}`)
    .digest("hex")
    .slice(0, 16);
  return `${credentials.id}:${fingerprint}`;
}

export function parseExpiry(expiredAt: number | string, nowMs: number): number {
  const numeric = typeof expiredAt === "number" ? expiredAt : /^\d+$/.test(expiredAt.trim()) ? Number(expiredAt) : NaN;
  if (Number.isFinite(numeric)) return numeric < 1e12 ? numeric * 1000 : numeric;
  const parsed = Date.parse(String(expiredAt));
  return Number.isNaN(parsed) ? nowMs + FALLBACK_LIFETIME_MS : parsed;
}

export function createTokenSource(args: {
  credentials: TokenCredentials;
  http: HttpClient;
  cache?: TokenCache;
  now?: () => number;
  refreshSkewMs?: number;
}): TokenSource {
  const { credentials, http } = args;
  const cache = args.cache ?? sharedTokenCache;
  const now = args.now ?? Date.now;
  const skew = args.refreshSkewMs ?? DEFAULT_REFRESH_SKEW_MS;
  const key = tokenCacheKey(credentials);

  async function fetchToken(): Promise<CachedToken> {
    const res = await http.request(
      {
        method: "POST",
        path: "/v1/connect/token",
        authenticated: false,
        headers: { "x-client-id": credentials.clientId, "x-api-key": credentials.apiKey },
      },
      tokenResponse,
    );
    const issuedAt = now();
    const expiresAt = parseExpiry(res.expired_at, issuedAt);
    // Never let the skew eat more than half the lifetime (short-lived tokens in tests/emulator).
    const margin = Math.min(skew, Math.max(0, (expiresAt - issuedAt) / 2));
    return { token: res.auth_token, refreshAtMs: expiresAt - margin };
  }

  return {
    get: () => cache.get(key, now(), fetchToken),
    invalidate: (token) => cache.invalidate(key, token),
  };
}
