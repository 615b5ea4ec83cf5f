import { createHmac, timingSafeEqual } from "node:crypto";

export const TOLERANCE_SECONDS = 300;

export type VerifyResult =
  | { ok: true; timestampMs: number }
  | { ok: false; reason: "missing_headers" | "bad_timestamp" | "stale_timestamp" | "invalid_signature" | "no_secret" };

/**
 * UQPAY's webhook signature, as all four official SDKs compute it (webhooks.md §3.2):
 * hex(HMAC-SHA512(secret, raw body bytes + the x-wk-timestamp header exactly as received)).
 * The timestamp may be Unix seconds (the docs) or milliseconds (the "Webhook Hub"); either must be
 * within five minutes of now, in the past or the future.
 */
export function verifyUqpaySignature(input: {
  rawBody: string;
  timestamp: string | null;
  signature: string | null;
  secret: string | null;
  nowMs: number;
}): VerifyResult {
  if (!input.secret) return { ok: false, reason: "no_secret" };
  if (!input.timestamp || !input.signature) return { ok: false, reason: "missing_headers" };
  if (!/^\d{9,14}$/.test(input.timestamp)) return { ok: false, reason: "bad_timestamp" };
  const value = Number(input.timestamp);
  const timestampMs = value >= 1e12 ? value : value * 1000;
  if (Math.abs(input.nowMs - timestampMs) > TOLERANCE_SECONDS * 1000) return { ok: false, reason: "stale_timestamp" };
  const expected = createHmac("sha512", input.secret).update(input.rawBody, "utf8").update(input.timestamp, "utf8").digest();
  const given = /^[0-9a-fA-F]{128}$/.test(input.signature) ? Buffer.from(input.signature, "hex") : null;
  if (!given || !timingSafeEqual(expected, given)) return { ok: false, reason: "invalid_signature" };
  return { ok: true, timestampMs };
}

/** The signature a sender would attach; used by tests and the inbox's copy-as-curl for re-signing. */
export function signUqpay(rawBody: string, timestamp: string, secret: string): string {
  return createHmac("sha512", secret).update(rawBody, "utf8").update(timestamp, "utf8").digest("hex");
}
