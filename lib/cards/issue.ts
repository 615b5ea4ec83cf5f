import type { CreateCardResult } from "@/lib/uqpay";

/** What the issue form shows after Create Card (also the ledger summary, so a replay shows the same). */
export type IssueResult = {
  card_id: string;
  card_order_id: string | null;
  card_status: string | null;
  order_status: string | null;
  cardholder_id: string | null;
  cardholder_created: boolean | null;
  cardholder_status: string | null;
  verification_status: string | null;
  kyc_method: string | null;
  idv_verification_url: string | null;
  idv_url_expires_at: string | null;
  message: string | null;
  create_time: string | null;
  replayed?: boolean;
};

export function issueResultOf(r: CreateCardResult): IssueResult {
  return {
    card_id: r.card_id,
    card_order_id: r.card_order_id ?? null,
    card_status: r.card_status ?? null,
    order_status: r.order_status ?? null,
    cardholder_id: r.cardholder_id ?? null,
    cardholder_created: r.cardholder_created ?? null,
    cardholder_status: r.cardholder_status ?? null,
    verification_status: r.verification_status ?? null,
    kyc_method: r.kyc_method ?? null,
    idv_verification_url: r.idv_verification_url ?? null,
    idv_url_expires_at: r.idv_url_expires_at ?? null,
    message: r.message ?? null,
    create_time: r.create_time ?? null,
  };
}

/** Drops blank answers (a form's untouched optional inputs) so they are omitted, not sent as "". */
export function cleanRequiredFields(value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (v === "" || v === null || v === undefined) continue;
    if (typeof v === "object" && !Array.isArray(v)) {
      const inner = cleanRequiredFields(v as Record<string, unknown>);
      if (Object.keys(inner).length > 0) out[key] = inner;
    } else out[key] = typeof v === "string" ? v.trim() : v;
  }
  return out;
}
