import { describe, expect, it } from "vitest";
import { allowedActions, allows, cancelledOn, isSettling } from "./status";
import { isSimulatorCapable } from "./simulator";

describe("card status actions", () => {
  it("offers freeze and cancel on ACTIVE, unfreeze and cancel on FROZEN", () => {
    expect(allowedActions("ACTIVE", "SHARE")).toEqual(["freeze", "cancel", "update"]);
    expect(allowedActions("FROZEN", "SHARE")).toEqual(["unfreeze", "cancel", "update"]);
  });

  it("offers recharge and withdraw only on active SINGLE cards", () => {
    expect(allows("ACTIVE", "SINGLE", "recharge")).toBe(true);
    expect(allows("ACTIVE", "SINGLE", "withdraw")).toBe(true);
    expect(allows("ACTIVE", "SHARE", "recharge")).toBe(false);
    expect(allows("FROZEN", "SINGLE", "withdraw")).toBe(false);
  });

  it("offers nothing while pending, pre-cancelled, cancelled, blocked, failed or unknown", () => {
    for (const status of ["PENDING", "PRE_CANCEL", "CANCELLED", "BLOCKED", "FAILED", "LOST", "SOMETHING_NEW", null]) {
      expect(allowedActions(status, "SINGLE")).toEqual([]);
    }
  });

  it("polls only while PENDING", () => {
    expect(isSettling("PENDING")).toBe(true);
    expect(isSettling("ACTIVE")).toBe(false);
  });

  it("dates the end of the 30-day wait", () => {
    expect(cancelledOn(new Date("2026-01-01T00:00:00Z")).toISOString()).toBe("2026-01-31T00:00:00.000Z");
  });

  it("simulates only BIN 40963608 outside production", () => {
    expect(isSimulatorCapable("40963608", "emulator")).toBe(true);
    expect(isSimulatorCapable("40963608", "sandbox")).toBe(true);
    expect(isSimulatorCapable("40963608", "production")).toBe(false);
    expect(isSimulatorCapable("555243", "sandbox")).toBe(false);
  });
});
