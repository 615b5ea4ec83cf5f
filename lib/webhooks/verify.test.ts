import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signUqpay, verifyUqpaySignature } from "./verify";

const secret = "whsec_test_secret";
const body = JSON.stringify({ version: "V1.6.0", event_name: "ISSUING", event_type: "card.create.succeeded", event_id: "e1", data: { card_id: "c1" } });
const now = 1711077773_000;

const check = (over: Partial<Parameters<typeof verifyUqpaySignature>[0]> = {}) =>
  verifyUqpaySignature({ rawBody: body, timestamp: "1711077773", signature: signUqpay(body, "1711077773", secret), secret, nowMs: now, ...over });

describe("verifyUqpaySignature", () => {
  it("accepts the SDK algorithm: hex HMAC-SHA512 over body + timestamp", () => {
    const independent = createHmac("sha512", secret).update(body + "1711077773").digest("hex");
    expect(signUqpay(body, "1711077773", secret)).toBe(independent);
    expect(check()).toEqual({ ok: true, timestampMs: now });
  });

  it("accepts millisecond timestamps and upper-case hex", () => {
    const ms = "1711077773500";
    expect(check({ timestamp: ms, signature: signUqpay(body, ms, secret).toUpperCase() }).ok).toBe(true);
  });

  it("rejects a forged signature, a body changed after signing, and another secret", () => {
    expect(check({ signature: "ab".repeat(64) })).toEqual({ ok: false, reason: "invalid_signature" });
    expect(check({ rawBody: body.replace("c1", "c2") })).toEqual({ ok: false, reason: "invalid_signature" });
    expect(check({ secret: "whsec_other" })).toEqual({ ok: false, reason: "invalid_signature" });
    expect(check({ signature: "not-hex" })).toEqual({ ok: false, reason: "invalid_signature" });
  });

  it("rejects stale and future timestamps beyond five minutes, and malformed ones", () => {
    expect(check({ nowMs: now + 301_000 })).toEqual({ ok: false, reason: "stale_timestamp" });
    expect(check({ nowMs: now - 301_000 })).toEqual({ ok: false, reason: "stale_timestamp" });
    expect(check({ nowMs: now + 299_000 }).ok).toBe(true);
    expect(check({ timestamp: "17110777x3" })).toEqual({ ok: false, reason: "bad_timestamp" });
  });

  it("rejects missing headers and a connection without a secret", () => {
    expect(check({ signature: null })).toEqual({ ok: false, reason: "missing_headers" });
    expect(check({ timestamp: null })).toEqual({ ok: false, reason: "missing_headers" });
    expect(check({ secret: null })).toEqual({ ok: false, reason: "no_secret" });
  });
});
