import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { PASSWORD } from "./fixtures";

// Runs after every other spec (its project depends on "e2e"): the secrets entered or generated
// during the run must not appear in what the build ships, nor in the console's log.
const dataDir = process.env.E2E_DATA_DIR ?? ".data/e2e";
const distDir = process.env.NEXT_DIST_DIR || ".next";
const ENTERED_SECRETS = ["sk_wrong_key_value_9f3c", "whsec_never_shown_77aa"];

function generatedSecrets(): string[] {
  const secrets = JSON.parse(readFileSync(path.join(dataDir, "secrets.json"), "utf8")) as Record<string, string>;
  return Object.values(secrets);
}

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (entry === "cache") continue;
    if (statSync(full).isDirectory()) yield* files(full);
    else yield full;
  }
}

function findIn(file: string, needles: string[]): string[] {
  const text = readFileSync(file, "latin1");
  return needles.filter((n) => text.includes(n)).map((n) => `${file}: ${n.slice(0, 6)}…`);
}

test("no stored or generated secret is in the built output", () => {
  const needles = [...ENTERED_SECRETS, ...generatedSecrets()];
  const hits = [...files(distDir)].flatMap((f) => findIn(f, needles));
  expect(hits).toEqual([]);
});

test("the browser bundles carry no credential at all, not even the emulator's defaults", () => {
  const needles = ["emu_sk_test_", "emu_whsec_", "CONSOLE_ENCRYPTION_KEY", "AUTH_SECRET"];
  const hits = [...files(path.join(distDir, "static"))].flatMap((f) => findIn(f, needles));
  expect(hits).toEqual([]);
});

test("the console's log of this run holds no secret, password or hash", () => {
  const log = path.join(dataDir, "logs", "console.log");
  expect(existsSync(log)).toBe(true);
  const needles = [...ENTERED_SECRETS, ...generatedSecrets(), PASSWORD, "$2b$12$", "emu_sk_test_0123456789abcdef", "emu_whsec_0123456789abcdef"];
  expect(findIn(log, needles)).toEqual([]);
});
