import { z } from "zod";
import { compareAmounts, hasValidPrecision, isAmount, isPositive, parseAmount } from "@/lib/money";

// Field schemas shared by the card forms and their server actions. Error messages are keys: the
// forms translate them from the "cards.validation" namespace (then the common "validation" one).

export const CARD_CURRENCY_RE = /^[A-Z]{3,4}$/;

/** A decimal amount as typed; "" is "not given" for optional fields. */
export const amountText = z
  .string()
  .trim()
  .refine((v) => v === "" || isAmount(v), "amount")
  .refine((v) => v === "" || !v.startsWith("-"), "amount_negative");

export const requiredPositiveAmount = z
  .string()
  .trim()
  .min(1, "required")
  .refine(isAmount, "amount")
  .refine((v) => !isAmount(v) || isPositive(v), "amount_positive");

/** Adds precision (and optional maximum) issues for an amount in a known currency. */
export function checkAmount(
  ctx: z.RefinementCtx,
  path: (string | number)[],
  value: string,
  currency: string,
  max?: string | null,
  overMessage = "amount_over_balance",
) {
  if (!value || !isAmount(value)) return;
  if (!hasValidPrecision(value, currency)) ctx.addIssue({ code: "custom", path, message: "amount_precision" });
  else if (max !== undefined && max !== null && compareAmounts(parseAmount(value), max) > 0) {
    ctx.addIssue({ code: "custom", path, message: overMessage });
  }
}

export const spendingControlsField = z
  .array(z.object({ amount: amountText, interval: z.literal("PER_TRANSACTION").default("PER_TRANSACTION") }))
  .max(1)
  .default([]);

const MCC_RE = /^\d{4}$/;

/** The form edits one MCC list and says whether it allows or blocks (UQPAY: mutually exclusive). */
export const riskControlsField = z
  .object({
    allow_3ds_transactions: z.enum(["Y", "N"]).default("Y"),
    mcc_mode: z.enum(["none", "allowed", "blocked"]).default("none"),
    mcc_list: z.string().trim().max(2000, "too_long").default(""),
  })
  .superRefine((v, ctx) => {
    if (v.mcc_mode === "none") return;
    const codes = mccCodes(v.mcc_list);
    if (codes.length === 0) ctx.addIssue({ code: "custom", path: ["mcc_list"], message: "mcc_required" });
    else if (!codes.every((c) => MCC_RE.test(c))) ctx.addIssue({ code: "custom", path: ["mcc_list"], message: "mcc_format" });
  });

export function mccCodes(list: string): string[] {
  return [...new Set(list.split(/[\s,]+/).filter(Boolean))];
}

/** Flat string → string metadata; UQPAY caps the JSON at 3200 bytes. */
export const metadataField = z
  .array(z.object({ key: z.string().trim().max(100, "too_long"), value: z.string().max(1000, "too_long") }))
  .max(50)
  .default([])
  .superRefine((rows, ctx) => {
    const seen = new Set<string>();
    rows.forEach((row, i) => {
      if (!row.key && !row.value) return;
      if (!row.key) ctx.addIssue({ code: "custom", path: [i, "key"], message: "required" });
      else if (seen.has(row.key)) ctx.addIssue({ code: "custom", path: [i, "key"], message: "metadata_duplicate" });
      seen.add(row.key);
    });
    if (new TextEncoder().encode(JSON.stringify(metadataRecord(rows))).length > 3200) {
      ctx.addIssue({ code: "custom", path: [], message: "metadata_too_large" });
    }
  });

export function metadataRecord(rows: { key: string; value: string }[]): Record<string, string> {
  return Object.fromEntries(rows.filter((r) => r.key.trim()).map((r) => [r.key.trim(), r.value]));
}

export type RiskControlsInput = z.output<typeof riskControlsField>;

/** The wire risk_controls for the form's choice (lib/uqpay RiskControls shape). */
export function riskControlsWire(v: RiskControlsInput) {
  const codes = mccCodes(v.mcc_list);
  return {
    allow_3ds_transactions: v.allow_3ds_transactions,
    ...(v.mcc_mode === "allowed" ? { allowed_mcc: codes } : {}),
    ...(v.mcc_mode === "blocked" ? { blocked_mcc: codes } : {}),
  };
}

export function spendingWire(rows: { amount: string; interval: string }[]) {
  return rows.filter((r) => r.amount !== "").map((r) => ({ amount: parseAmount(r.amount), interval: "PER_TRANSACTION" as const }));
}
