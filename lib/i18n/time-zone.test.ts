import { describe, expect, it } from "vitest";
import { parseTimeZone, sameTimeZone, timeZoneFromCookie } from "./time-zone";

describe("time zone cookie", () => {
  it("accepts IANA zones Intl knows, as sent or URL-encoded", () => {
    expect(parseTimeZone("Asia/Singapore")).toBe("Asia/Singapore");
    expect(parseTimeZone("America%2FArgentina%2FBuenos_Aires")).toBe("America/Argentina/Buenos_Aires");
    expect(parseTimeZone("Asia/Kolkata")).toBe("Asia/Kolkata");
    expect(parseTimeZone("Etc/GMT+5")).toBe("Etc/GMT+5");
    expect(parseTimeZone("UTC")).toBe("UTC");
  });

  it("refuses empty, malformed, unknown and oversized values", () => {
    for (const bad of [undefined, null, "", "   ", "Mars/Olympus_Mons", "Asia/Singapore; path=/", "../etc/passwd", "%E0%A4%A", "<script>", "A".repeat(65)]) {
      expect(parseTimeZone(bad), String(bad)).toBeNull();
    }
  });

  it("falls back to UTC", () => {
    expect(timeZoneFromCookie(undefined)).toBe("UTC");
    expect(timeZoneFromCookie("Nowhere/Land")).toBe("UTC");
    expect(timeZoneFromCookie("Europe/Berlin")).toBe("Europe/Berlin");
  });

  it("compares zones by what Intl resolves them to", () => {
    expect(sameTimeZone("Etc/UTC", "UTC")).toBe(true);
    expect(sameTimeZone("Asia/Calcutta", "Asia/Kolkata")).toBe(true);
    expect(sameTimeZone("Asia/Singapore", "UTC")).toBe(false);
  });
});
