import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * webhooks.md 3.2, as all four official SDKs verify it: hex HMAC-SHA512 keyed with the secret
 * over the raw body bytes followed by the `x-wk-timestamp` string — no separator, no prefix.
 */
export function signWebhook(secret: string, rawBody: string, timestamp: string): string {
  return createHmac("sha512", secret).update(rawBody + timestamp).digest("hex");
}

/** A receiver-side check, used by the tests to prove a real verifier accepts what is sent. */
export function verifyWebhook(
  secret: string,
  rawBody: string,
  timestamp: string,
  signature: string,
  nowSeconds: number,
  toleranceSeconds = 300,
): boolean {
  const ts = Number(timestamp);
  const seconds = ts >= 1e12 ? ts / 1000 : ts;
  if (!Number.isFinite(seconds) || Math.abs(nowSeconds - seconds) > toleranceSeconds) return false;
  const expected = Buffer.from(signWebhook(secret, rawBody, timestamp), "hex");
  const given = Buffer.from(signature, "hex");
  return expected.length === given.length && timingSafeEqual(expected, given);
}
