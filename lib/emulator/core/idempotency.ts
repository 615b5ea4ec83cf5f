import { IDEMPOTENCY_TTL_SECONDS } from "../fidelity";
import type { Sql } from "../db";
import { ApiError, errorA } from "./errors";

export interface StoredResponse {
  status: number;
  body: string;
}

/** Keys are validated as the seed describes: non-empty, at most 255 characters. */
export function checkKeyFormat(key: string | null): string {
  if (!key || key.trim() === "" || key.length > 255 || !/^[\x21-\x7e]+$/.test(key)) {
    throw errorA("idempotency_error", "invalid_key_format", "invalid idempotency key format");
  }
  return key;
}

/**
 * Keys whose first request is still running. In memory because "in flight" only has meaning
 * inside this process; the stored answers live in the database.
 */
export class InFlight {
  private readonly keys = new Set<string>();

  acquire(key: string): void {
    if (this.keys.has(key)) throw errorA("idempotency_error", "request_being_processed", "request is being processed");
    this.keys.add(key);
  }

  release(key: string): void {
    this.keys.delete(key);
  }
}

/** Returns the stored answer to replay, or null when the key is new (or older than 24 h). */
export async function lookup(
  sql: Sql,
  key: string,
  accountId: string,
  method: string,
  path: string,
  now: Date,
): Promise<StoredResponse | null> {
  const rows = await sql.query<{ account_id: string; method: string; path: string; status: number; body: string; created_at: Date }>(
    "SELECT * FROM emu_idempotency WHERE idem_key = $1",
    [key],
  );
  const row = rows[0];
  if (!row) return null;
  if (now.getTime() - new Date(row.created_at).getTime() > IDEMPOTENCY_TTL_SECONDS * 1000) return null;
  if (row.account_id !== accountId) throw errorA("idempotency_error", "key_mismatch_account", "key does not belong to account");
  if (row.method !== method || row.path !== path) {
    throw errorA("idempotency_error", "key_mismatch_api", "api associated with key is not the original");
  }
  return { status: row.status, body: row.body };
}

export async function store(
  sql: Sql,
  key: string,
  accountId: string,
  method: string,
  path: string,
  response: StoredResponse,
  now: Date,
): Promise<void> {
  await sql.query(
    `INSERT INTO emu_idempotency (idem_key, account_id, method, path, status, body, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (idem_key) DO UPDATE SET account_id = $2, method = $3, path = $4, status = $5, body = $6, created_at = $7`,
    [key, accountId, method, path, response.status, response.body, now],
  );
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
