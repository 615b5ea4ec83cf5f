import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { keyId, open, seal, SecretBoxError } from "./crypto";

const key = randomBytes(32).toString("base64");
const other = randomBytes(32).toString("base64");

describe("secret box", () => {
  it("round-trips and never repeats a ciphertext", () => {
    const a = seal("sk_live_abcdef", key, "api_key");
    const b = seal("sk_live_abcdef", key, "api_key");
    expect(a).not.toBe(b);
    expect(a).not.toContain("abcdef");
    expect(open(a, key, "api_key")).toBe("sk_live_abcdef");
    expect(a.split(".")[1]).toBe(keyId(key));
  });

  it("refuses another key, another column and a tampered value", () => {
    const sealed = seal("whsec_1", key, "webhook_secret");
    expect(() => open(sealed, other, "webhook_secret")).toThrow(/another key/);
    expect(() => open(sealed, key, "api_key")).toThrow(SecretBoxError);
    const parts = sealed.split(".");
    parts[4] = Buffer.from("tampered").toString("base64url");
    expect(() => open(parts.join("."), key, "webhook_secret")).toThrow(/integrity/);
  });
});
