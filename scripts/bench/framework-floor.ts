// The framework alone, for reference beside the console's Lighthouse scores: an app of the
// console's own Next.js and React (scripts/bench/framework-floor/: one server-rendered page with a
// link, a table and one client component), built when missing, changed or built with another
// Next.js, and served by `next start`. What it scores is what this host allows any page of the framework.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { assertPortFree, stopServer, untilServing } from "./console-server";

const DIR = "scripts/bench/framework-floor";
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

// The Next.js the floor was built with is stamped beside its build: an installed package's file
// times say when it was unpacked, not which version it is.
const STAMP = `${DIR}/.next/bench-next-version`;
const installedNext = () => (JSON.parse(readFileSync("node_modules/next/package.json", "utf8")) as { version: string }).version;

function built(): boolean {
  if (!existsSync(STAMP) || readFileSync(STAMP, "utf8") !== installedNext()) return false;
  const sources = ["layout.jsx", "page.jsx", "counter.jsx"].map((file) => `${DIR}/app/${file}`);
  return sources.every((file) => statSync(file).mtimeMs < statSync(STAMP).mtimeMs);
}

/** Builds the app when missing or stale; its folder (chunk paths in its build stats are relative to it). */
export function buildFrameworkFloor(): string {
  if (!built()) {
    console.log(`   [bench] building the framework floor (${DIR})`);
    if (spawnSync("node_modules/.bin/next", ["build", DIR], { env, stdio: ["ignore", "ignore", "inherit"] }).status !== 0) {
      throw new Error("next build of the framework floor failed");
    }
    writeFileSync(STAMP, installedNext());
  }
  return DIR;
}

export async function startFrameworkFloor(port: number): Promise<{ url: string; stop: () => Promise<void> }> {
  buildFrameworkFloor();
  const url = `http://127.0.0.1:${port}/`;
  await assertPortFree(url, port);
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", DIR, "-H", "127.0.0.1", "-p", String(port)], {
    env,
    stdio: ["ignore", "ignore", "inherit"],
  });
  await untilServing(child, url, "the framework floor");
  return { url, stop: () => stopServer(child) };
}
