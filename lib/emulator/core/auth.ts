import { SignJWT, jwtVerify, errors as joseErrors } from "jose";
import { AUTH_ERROR_ENVELOPE, NEW_TOKEN_REVOKES_OLD, TOKEN_TTL_SECONDS } from "../fidelity";
import type { Sql } from "../db";
import { ApiError, errorA } from "./errors";
import type { Account, Runtime } from "./context";
import { loadAccount, loadAccountByClientId } from "./accounts";

function unauthorized(message: string): ApiError {
  if (AUTH_ERROR_ENVELOPE === "error") return new ApiError(401, { error: message });
  return errorA("unauthorized_error", "unauthorized_error", message);
}

const secretKey = (rt: Runtime) => new TextEncoder().encode(rt.config.jwtSecret);

/**
 * `POST /v1/connect/token`. The JWT carries both claim sets seen in the wild (the decoded docs
 * token and the newer one the Node/Python SDKs read) so any SDK finds what it looks for.
 */
export async function issueToken(rt: Runtime, sql: Sql, headers: Headers) {
  const clientId = headers.get("x-client-id");
  const apiKey = headers.get("x-api-key");
  if (!clientId || !apiKey) throw unauthorized("x-client-id and x-api-key headers are required");
  const found = await loadAccountByClientId(sql, clientId);
  if (!found) throw unauthorized("Invalid client id");
  if (found.apiKey !== apiKey) throw unauthorized("Invalid API key");
  const account = found.account;
  const now = rt.clock.now();
  const iat = Math.floor(now.getTime() / 1000);
  const exp = iat + TOKEN_TTL_SECONDS;
  const jti = crypto.randomUUID();
  rt.latestTokens.set(account.account_id, jti);
  const token = await new SignJWT({
    account_id: account.account_id,
    master_id: account.account_id,
    customer_id: account.account_id,
    entity_id: account.account_id,
    short_entity_id: account.account_id.slice(0, 8).toUpperCase(),
    parent_entity_id: "",
    client_id: account.client_id,
    api_version: "V1.0",
    bus_type: 0,
    scope: "issuing",
    user_name: account.name,
    on_behalf_id: "",
    on_behalf_name: "",
  })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setIssuer("uqpay")
    .setIssuedAt(iat)
    .setExpirationTime(exp)
    .setJti(jti)
    .sign(secretKey(rt));
  return { auth_token: token, expired_at: exp };
}

/**
 * Checks `x-auth-token: Bearer <jwt>` against the emulated clock and returns its account id.
 * No database access: it runs before the idempotency in-flight check, which must not queue
 * behind a write transaction.
 */
export async function verifyToken(rt: Runtime, headers: Headers): Promise<string> {
  const header = headers.get("x-auth-token");
  if (!header) throw unauthorized("missing x-auth-token header");
  const match = /^Bearer (\S+)$/.exec(header);
  if (!match) throw unauthorized("invalid auth token format");
  let accountId: unknown;
  try {
    const { payload } = await jwtVerify(match[1], secretKey(rt), {
      issuer: "uqpay",
      algorithms: ["HS256"],
      currentDate: rt.clock.now(),
    });
    accountId = payload.account_id;
    if (NEW_TOKEN_REVOKES_OLD && typeof accountId === "string" && rt.latestTokens.get(accountId) !== payload.jti) {
      throw unauthorized("token has been replaced by a newer one");
    }
  } catch (error) {
    if (error instanceof ApiError) throw error;
    if (error instanceof joseErrors.JWTExpired) throw unauthorized("token has expired");
    throw unauthorized("invalid auth token");
  }
  if (typeof accountId !== "string") throw unauthorized("invalid auth token");
  return accountId;
}

export async function requireAccount(sql: Sql, accountId: string): Promise<Account> {
  const account = await loadAccount(sql, accountId);
  if (!account || !account.settings.active) throw errorA("account_error", "account_not_found", "account not found or deactivated");
  return account;
}
