import { pageBody, Where, type Page } from "../core/pagination";
import { invalidParam } from "./errors";

// Field readers for acquiring bodies and queries; every failure is invalid_request_error /
// invalid_parameter naming the field (api-reference 1.5).

export function readText(value: unknown, field: string, max: number, required: boolean): string | undefined {
  if (value === undefined || value === null || value === "") {
    if (required) throw invalidParam(`${field}: is required`);
    return undefined;
  }
  if (typeof value !== "string") throw invalidParam(`${field}: must be a string`);
  if (value.length > max) throw invalidParam(`${field}: must be at most ${max} characters`);
  return value;
}

/** metadata: a JSON object of at most 512 bytes (api-reference 4.2). */
export function readMetadata(value: unknown): Record<string, unknown> | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "object" || Array.isArray(value)) throw invalidParam("metadata: must be an object");
  if (Buffer.byteLength(JSON.stringify(value)) > 512) throw invalidParam("metadata: must be at most 512 bytes");
  return value as Record<string, unknown>;
}

/** Acquiring lists: page_size 1–100 (default 10), page_number ≥ 1 (api-reference 1.3). */
export function readAcqPage(query: URLSearchParams): Page {
  const size = readInt(query, "page_size", 10);
  const number = readInt(query, "page_number", 1);
  if (size < 1 || size > 100) throw invalidParam("page_size: must be between 1 and 100");
  if (number < 1) throw invalidParam("page_number: must be greater than or equal to 1");
  return { size, number, offset: (number - 1) * size };
}

function readInt(query: URLSearchParams, name: string, fallback: number): number {
  const raw = query.get(name);
  if (raw === null || raw === "") return fallback;
  if (!/^\d+$/.test(raw)) throw invalidParam(`${name}: must be an integer`);
  return Number(raw);
}

/** First present of several spellings of one query parameter (the SDKs disagree, api-reference 4.4). */
export function firstOf(query: URLSearchParams, ...names: string[]): string | null {
  for (const name of names) {
    const v = query.get(name);
    if (v !== null && v !== "") return v;
  }
  return null;
}

export function readTime(value: string | null, field: string): Date | null {
  if (value === null) return null;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw invalidParam(`${field}: must be an ISO 8601 time`);
  return new Date(ms);
}

/** Runs a filtered, newest-first page over one emu_acq_* table. */
export async function listPage<T, V>(
  sql: { query<R>(text: string, params?: unknown[]): Promise<R[]> },
  table: string,
  where: Where,
  page: Page,
  view: (row: T) => V | Promise<V>,
) {
  const count = await sql.query<{ n: number | string }>(`SELECT count(*) AS n FROM ${table} WHERE ${where.sql()}`, where.params);
  const rows = await sql.query<T>(
    `SELECT * FROM ${table} WHERE ${where.sql()} ORDER BY seq DESC LIMIT ${where.next()} OFFSET $${where.params.length + 2}`,
    [...where.params, page.size, page.offset],
  );
  return pageBody(await Promise.all(rows.map(view)), Number(count[0]?.n ?? 0), page);
}
