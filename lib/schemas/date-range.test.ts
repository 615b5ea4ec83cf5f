import { describe, expect, it } from "vitest";
import { boundedRange, rangeTimes } from "./date-range";

describe("boundedRange", () => {
  it("keeps a range of up to 90 days and orders it", () => {
    expect(boundedRange("2026-03-31", "2026-01-01")).toEqual({ from: "2026-01-01", to: "2026-03-31", narrowed: false });
  });

  it("narrows a longer range to the 90 days ending on `to`", () => {
    expect(boundedRange("2026-01-01", "2026-06-30")).toEqual({ from: "2026-04-02", to: "2026-06-30", narrowed: true });
  });

  it("leaves open-ended ranges alone and turns days into UQPAY times", () => {
    expect(boundedRange(undefined, "2026-01-01")).toEqual({ from: undefined, to: "2026-01-01", narrowed: false });
    expect(rangeTimes({ from: "2026-01-01", to: "2026-01-02", narrowed: false })).toEqual({ start_time: "2026-01-01T00:00:00Z", end_time: "2026-01-02T23:59:59Z" });
  });
});
