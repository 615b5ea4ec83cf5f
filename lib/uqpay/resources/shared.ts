import "server-only";
import { decimalPlaces, isPositive, MoneyError, parseAmount, toJsonNumber } from "@/lib/money";
import { clientValidationError } from "../errors";
import type { HttpClient, QueryValue } from "../http";

export type Transport = HttpClient["request"];

/** Per-call options. Money-moving calls should always pass the ledger's idempotencyKey. */
export type CallOptions = {
  idempotencyKey?: string;
  onBehalfOf?: string;
  signal?: AbortSignal;
  timeoutMs?: number;
};

/** Amounts in: a decimal string ("10.50") preferred; a number is accepted as the decimal it prints as. */
export type AmountInput = string | number;

export type PageParams = { page_size?: number; page_number?: number };

function paging(params: PageParams, min: number, max: number, defaultSize: number): Record<string, QueryValue> {
  const size = params.page_size ?? defaultSize;
  const number = params.page_number ?? 1;
  if (!Number.isInteger(size) || size < min || size > max) {
    throw clientValidationError(`page_size must be an integer from ${min} to ${max}.`);
  }
  if (!Number.isInteger(number) || number < 1) throw clientValidationError("page_number must be an integer of at least 1.");
  return { page_size: size, page_number: number };
}

/** Issuing lists: page_size 10-100 (required by UQPAY, default 10), page_number >= 1. */
export const issuingPaging = (params: PageParams = {}) => paging(params, 10, 100, 10);
/** Acquiring lists: page_size 1-100, page_number >= 1. */
export const acquiringPaging = (params: PageParams = {}) => paging(params, 1, 100, 10);

function checkedAmount(value: AmountInput, field: string, allowZero: boolean): string {
  let amount: string;
  try {
    amount = parseAmount(value);
  } catch {
    throw clientValidationError(`${field} must be a decimal amount.`);
  }
  if (allowZero ? amount.startsWith("-") : !isPositive(amount)) {
    throw clientValidationError(`${field} must be ${allowZero ? "zero or more" : "greater than zero"}.`);
  }
  // No currency has more than 3 minor digits; anything finer is a caller bug, not a price.
  if (decimalPlaces(amount) > 3) throw clientValidationError(`${field} has too many decimal places.`);
  return amount;
}

/**
 * Issuing endpoints take JSON numbers. We convert at the last moment and only when the double's
 * JSON text equals the decimal exactly (see lib/money toJsonNumber), so no value is ever rounded.
 */
export function issuingAmount(value: AmountInput, field: string, opts: { allowZero?: boolean } = {}): number {
  const amount = checkedAmount(value, field, opts.allowZero ?? false);
  try {
    return toJsonNumber(amount);
  } catch (error) {
    if (error instanceof MoneyError) throw clientValidationError(`${field} is too large to send exactly.`);
    throw error;
  }
}

/** Acquiring endpoints take decimal strings in major units ("8.98"). */
export function acquiringAmount(value: AmountInput, field: string): string {
  return checkedAmount(value, field, false);
}

export function pathId(id: string, what: string): string {
  if (typeof id !== "string" || !id.trim()) throw clientValidationError(`${what} is required.`);
  return encodeURIComponent(id.trim());
}

/** Drops undefined keys so optional fields are omitted rather than sent as null. */
export function compact<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export function callSpec(opts: CallOptions = {}) {
  return { idempotencyKey: opts.idempotencyKey, onBehalfOf: opts.onBehalfOf, signal: opts.signal, timeoutMs: opts.timeoutMs };
}
