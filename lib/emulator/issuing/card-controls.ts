import { hasAtMostDecimals, parseAmount } from "../core/money";
import type { RiskControls, SpendingControl } from "./card-store";

// Parsers for the card settings shared by Create Card and Update Card. They return a reason
// instead of throwing because the two endpoints answer the same fault with different envelopes.

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const INTERVALS = ["PER_TRANSACTION", "DAILY", "WEEKLY", "MONTHLY", "YEARLY", "ALL_TIME"];
const MCC = /^\d{4}$/;

export function parseSpendingControls(value: unknown): Parsed<SpendingControl[]> {
  if (!Array.isArray(value)) return { ok: false, reason: "spending_controls: must be an array" };
  const out: SpendingControl[] = [];
  for (const item of value) {
    if (!item || typeof item !== "object") return { ok: false, reason: "spending_controls: items must be objects" };
    const { amount, interval } = item as Record<string, unknown>;
    const parsed = parseAmount(amount);
    if (!parsed || parsed.isNegative() || !hasAtMostDecimals(parsed, 2)) {
      return { ok: false, reason: "spending_controls.amount: must be a number ≥ 0 with at most 2 decimals" };
    }
    if (typeof interval !== "string" || !INTERVALS.includes(interval)) {
      return { ok: false, reason: `spending_controls.interval: must be one of ${INTERVALS.join(", ")}` };
    }
    out.push({ amount: parsed.toFixed(), interval });
  }
  return { ok: true, value: out };
}

const yn = (v: unknown, fallback: "Y" | "N"): "Y" | "N" | null => {
  if (v === undefined) return fallback;
  if (v === "Y" || v === true) return "Y";
  if (v === "N" || v === false) return "N";
  return null;
};

/** `allowed_mcc` and `blocked_mcc` are mutually exclusive (reason "conflict"); 3DS defaults to Y. */
export function parseRiskControls(value: unknown, current?: RiskControls): Parsed<RiskControls> {
  if (!value || typeof value !== "object" || Array.isArray(value)) return { ok: false, reason: "risk_controls: must be an object" };
  const v = value as Record<string, unknown>;
  const lists: Record<"allowed_mcc" | "blocked_mcc", string[] | null> = {
    allowed_mcc: current?.allowed_mcc ?? null,
    blocked_mcc: current?.blocked_mcc ?? null,
  };
  for (const key of ["allowed_mcc", "blocked_mcc"] as const) {
    if (v[key] === undefined) continue;
    if (v[key] === null) {
      lists[key] = null;
      continue;
    }
    if (!Array.isArray(v[key]) || !(v[key] as unknown[]).every((m) => typeof m === "string" && MCC.test(m))) {
      return { ok: false, reason: `risk_controls.${key}: must be an array of 4-digit MCC strings` };
    }
    lists[key] = (v[key] as string[]).length ? (v[key] as string[]) : null;
  }
  if (lists.allowed_mcc && lists.blocked_mcc) return { ok: false, reason: "conflict" };
  const allow3ds = yn(v.allow_3ds_transactions, current?.allow_3ds_transactions ?? "Y");
  const enable3ds = yn(v.enable_3ds, current?.enable_3ds ?? "Y");
  if (!allow3ds || !enable3ds) return { ok: false, reason: "risk_controls: 3DS flags must be Y or N" };
  return { ok: true, value: { allow_3ds_transactions: allow3ds, enable_3ds: enable3ds, ...lists } };
}

/** Metadata: a flat object whose JSON is at most 3200 bytes (Update Card wants string values). */
export function parseMetadata(value: unknown, flatStrings: boolean): Parsed<Record<string, unknown>> {
  if (!value || typeof value !== "object" || Array.isArray(value)) return { ok: false, reason: "metadata: must be an object" };
  if (Buffer.byteLength(JSON.stringify(value)) > 3200) return { ok: false, reason: "metadata: must be at most 3200 bytes" };
  if (flatStrings && !Object.values(value).every((v) => typeof v === "string")) {
    return { ok: false, reason: "metadata: values must be strings" };
  }
  return { ok: true, value: value as Record<string, unknown> };
}

export const DEFAULT_RISK_CONTROLS: RiskControls = {
  allow_3ds_transactions: "Y",
  enable_3ds: "Y",
  allowed_mcc: null,
  blocked_mcc: null,
};
