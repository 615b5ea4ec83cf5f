// The framework alone, for reference beside the console's Lighthouse scores: an app of the
// console's own Next.js and React (scripts/bench/framework-floor/: one server-rendered page with a
// link, a table and one client component), built when missing or older than the installed Next.js,
// and served by `next start`. What it scores is what this host allows any page of the framework.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { stopServer, untilServing } from "./console-server";

const DIR = "scripts/bench/framework-floor";
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

function built(): boolean {
  const id = `${DIR}/.next/BUILD_ID`;
  if (!existsSync(id)) return false;
  const inputs = ["node_modules/next/package.json", `${DIR}/app/layout.jsx`, `${DIR}/app/page.jsx`, `${DIR}/app/counter.jsx`];
  return inputs.every((file) => statSync(file).mtimeMs < statSync(id).mtimeMs);
}

/** Builds the app when missing or stale; its folder (chunk paths in its build stats are relative to it). */
export function buildFrameworkFloor(): string {
  if (!built()) {
    console.log(`   [bench] building the framework floor (${DIR})`);
    if (spawnSync("node_modules/.bin/next", ["build", DIR], { env, stdio: ["ignore", "ignore", "inherit"] }).status !== 0) {
      throw new Error("next build of the framework floor failed");
    }
  }
  return DIR;
}

export async function startFrameworkFloor(port: number): Promise<{ url: string; stop: () => Promise<void> }> {
  buildFrameworkFloor();
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", DIR, "-H", "127.0.0.1", "-p", String(port)], {
    env,
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${port}/`;
  await untilServing(child, url, "the framework floor");
  return { url, stop: () => stopServer(child) };
}
