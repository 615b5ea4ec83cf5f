import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { consoleEnv, emulatorEnv, EnvError } from "./env";

describe("consoleEnv", () => {
  it("generates secrets once into the data dir when none are set", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "env-"));
    const first = consoleEnv({ DATA_DIR: dir });
    const second = consoleEnv({ DATA_DIR: dir });
    expect(first.AUTH_SECRET).toHaveLength(44);
    expect(second.AUTH_SECRET).toBe(first.AUTH_SECRET);
    expect(JSON.parse(readFileSync(path.join(dir, "secrets.json"), "utf8")).CONSOLE_ENCRYPTION_KEY).toBe(first.CONSOLE_ENCRYPTION_KEY);
    expect(first.pgliteDir).toBe(path.join(dir, "console"));
  });

  it("refuses to start without secrets when they are required", () => {
    expect(() => consoleEnv({ CONSOLE_REQUIRE_SECRETS: "1", DATA_DIR: "/nonexistent" })).toThrow(/AUTH_SECRET and CONSOLE_ENCRYPTION_KEY are not set/);
  });

  it("names the variable and the rule on a bad value", () => {
    expect(() => consoleEnv({ DATABASE_URL: "mysql://x", AUTH_SECRET: "x".repeat(40), CONSOLE_ENCRYPTION_KEY: Buffer.alloc(32).toString("base64") })).toThrow(EnvError);
    expect(() => consoleEnv({ CONSOLE_ENCRYPTION_KEY: "short", AUTH_SECRET: "x".repeat(40) })).toThrow(/CONSOLE_ENCRYPTION_KEY: must be 32 bytes/);
  });

  it("parses the emulator's settings with defaults", () => {
    const env = emulatorEnv({ EMULATOR_PORT: "4321", EMULATOR_DB: "memory" });
    expect(env).toMatchObject({ EMULATOR_PORT: 4321, emulatorDb: "memory", EMULATOR_MODE: "dev" });
    expect(() => emulatorEnv({ EMULATOR_PORT: "http" })).toThrow(/EMULATOR_PORT/);
  });
});
