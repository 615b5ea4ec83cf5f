import { describe, expect, it } from "vitest";
import { browserMatchesProbe, parseTimeZone, sameTimeZone, timeZoneFromCookie, zoneProbe } from "./time-zone";

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

describe("time zone probe", () => {
  const now = Date.UTC(2026, 10, 22, 12);

  it("reads each zone's UTC offsets now, in January and in July", () => {
    expect(zoneProbe("UTC", now)).toEqual({ at: [now, Date.UTC(2026, 0, 1), Date.UTC(2026, 6, 1)], offsets: [0, 0, 0] });
    expect(zoneProbe("Asia/Shanghai", now).offsets).toEqual([480, 480, 480]);
    expect(zoneProbe("America/New_York", now).offsets).toEqual([-300, -300, -240]);
    expect(zoneProbe("Asia/Kolkata", now).offsets).toEqual([330, 330, 330]);
    expect(zoneProbe("America/St_Johns", now).offsets).toEqual([-210, -210, -150]);
  });

  it("matches the browser's zone by its offsets alone", () => {
    // Vitest runs in the machine's zone: a probe of that zone matches, one of a zone hours away does not.
    const local = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(browserMatchesProbe(zoneProbe(local))).toBe(true);
    const far = -new Date().getTimezoneOffset() === 480 ? "America/New_York" : "Asia/Shanghai";
    expect(browserMatchesProbe(zoneProbe(far))).toBe(false);
  });
});
