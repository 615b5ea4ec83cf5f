import { describe, expect, it } from "vitest";
import { clientIp } from "./client-ip";

describe("clientIp", () => {
  it("takes the address the nearest proxy appended, not what the client claimed first", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "10.9.8.7, 203.0.113.5" }))).toBe("203.0.113.5");
    expect(clientIp(new Headers({ "x-forwarded-for": "2001:db8::1" }))).toBe("2001:db8::1");
  });

  it("falls back to x-real-ip, then 'unknown'", () => {
    expect(clientIp(new Headers({ "x-real-ip": "198.51.100.2" }))).toBe("198.51.100.2");
    expect(clientIp(new Headers())).toBe("unknown");
  });

  it("never passes on something that is not an address (it is written to the audit log)", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "1.1.1.1, <script>alert(1)</script>" }))).toBe("invalid");
    expect(clientIp(new Headers({ "x-forwarded-for": "x".repeat(5000) }))).toBe("invalid");
  });
});
