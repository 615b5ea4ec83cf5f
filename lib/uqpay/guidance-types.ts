import "server-only";

export type GuidanceLocale = "en" | "zh-CN";
export type GuidanceText = { explanation: string; action: string };

/**
 * One catalogue entry. Envelope A entries are keyed by `code`; envelope B (legacy) and auth
 * middleware entries by their message (matched case-insensitively, trimmed, trailing "." ignored).
 */
export type GuidanceEntry = {
  key: string;
  /** Trying the same request again (same idempotency key), possibly after a wait, may succeed. */
  retryable: boolean;
  /** The request field to highlight, as UQPAY names it (leaf name for nested KYC fields). */
  fieldPath?: string;
  /** Full dotted wire path when the field is nested (e.g. kyc_verification.kyc_proof.reference_id). */
  wirePath?: string;
  en: GuidanceText;
  zh: GuidanceText;
};

type Flags = { retryable?: boolean; field?: string; wire?: string };

/** Compact authoring helper: g(key, [en explanation, en action], [zh explanation, zh action], flags). */
export function g(key: string, en: [string, string], zh: [string, string], flags: Flags = {}): GuidanceEntry {
  return {
    key,
    retryable: flags.retryable ?? false,
    fieldPath: flags.field,
    wirePath: flags.wire,
    en: { explanation: en[0], action: en[1] },
    zh: { explanation: zh[0], action: zh[1] },
  };
}

export function normalizeMessageKey(message: string): string {
  return message.trim().replace(/\s+/g, " ").replace(/\.+$/, "").toLowerCase();
}
