import "server-only";
import { z } from "zod";
import { type DecimalString, tryParseAmount } from "@/lib/money";

// Wire schemas are deliberately tolerant: UQPAY's docs, SDKs and sandbox disagree on number vs
// string amounts, enum spellings and optional fields. Unknown fields are kept (looseObject) and
// unknown enum values pass through as strings so the UI can show them instead of crashing.

/** number | numeric string -> canonical decimal string (lib/money). */
export const amount = z.union([z.number(), z.string()]).transform((value, ctx): DecimalString => {
  const parsed = tryParseAmount(value);
  if (parsed === null) {
    ctx.addIssue({ code: "custom", message: "expected a decimal amount" });
    return z.NEVER;
  }
  return parsed;
});

/** Optional amount; UQPAY sometimes sends "" or null for "no value". */
export const optionalAmount = z.preprocess((v) => (v === "" ? null : v), amount.nullish());

/**
 * An "open" enum: typed with its known values (for autocomplete and exhaustive UI maps) but any
 * string parses, because UQPAY adds and respells values (CANCELLED vs CANCELED, "success").
 */
export function openEnum<const T extends readonly [string, ...string[]]>(values: T) {
  return z.string().describe(`known values: ${values.join(", ")}`) as unknown as z.ZodType<T[number] | (string & {}), string>;
}

export function isKnown<const T extends readonly string[]>(values: T, value: string): value is T[number] {
  return (values as readonly string[]).includes(value);
}

/** Timestamps stay strings: UQPAY mixes "+08:00" ISO, fractional seconds and "YYYY-MM-DD HH:MM:SS". */
export const timestamp = z.string().nullish();
export const text = z.string().nullish();

/** A count UQPAY may send as 3 or "3". */
export const count = z.union([z.number(), z.string().regex(/^\d+$/).transform(Number)]);

/** A list UQPAY may also send as a single string ("VIR" instead of ["VIR"]). */
export const stringList = z
  .union([z.array(z.string()), z.string()])
  .transform((v) => (Array.isArray(v) ? v : v.split(",").map((s) => s.trim()).filter(Boolean)));

/** `{total_pages, total_items, data}` — no page echo, no has_more. */
export function page<T extends z.ZodType>(item: T) {
  return z.looseObject({
    total_pages: count.nullish().transform((v) => v ?? 0),
    total_items: count.nullish().transform((v) => v ?? 0),
    data: z.array(item).nullish().transform((v): z.output<T>[] => v ?? []),
  });
}

export type Page<T> = { total_pages: number; total_items: number; data: T[] };

/** metadata: docs say an object; the Go SDK tolerates "", [] and null from the sandbox. */
export const metadata = z.unknown().transform((v): Record<string, unknown> | null =>
  v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : null,
);
