import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./callback-path";

describe("safeCallbackPath", () => {
  it.each([
    [undefined, "/"],
    ["/settings/team", "/settings/team"],
    ["/cards?status=ACTIVE", "/cards?status=ACTIVE"],
    ["http://localhost:3000/cards", "/cards"],
    ["//evil.example/steal", "/"],
    ["javascript:alert(1)", "/"],
    ["/login", "/"],
    ["/setup", "/"],
  ])("%s → %s", (input, expected) => {
    expect(safeCallbackPath(input)).toBe(expected);
  });
});
