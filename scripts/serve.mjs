// Runs the console (next start) and, unless a real UQPAY is configured, the UQPAY emulator beside it.
// Used by `npm start` and by Playwright's webServer. Builds first when no production build exists.
import { spawn, spawnSync } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";

const args = new Set(process.argv.slice(2));
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const port = env.PORT ?? "3000";
const host = env.HOST ?? "0.0.0.0";
const bin = (name) => path.join("node_modules", ".bin", name);

// The console registers the emulator it runs beside as its default connection, under this fixed
// id (DEFAULT_EMULATOR_CONNECTION_ID in lib/connections/defaults.ts), so the emulator's webhooks
// can be pointed at that connection's receiver before either has started.
const DEFAULT_EMULATOR_CONNECTION_ID = "00000000-0000-4000-8000-00000000e001";
const emulatorPort = env.EMULATOR_PORT ?? "4010";
env.EMULATOR_URL ??= `http://127.0.0.1:${emulatorPort}/api`;
env.EMULATOR_WEBHOOK_URL ??= `http://127.0.0.1:${port}/api/webhooks/uqpay/${DEFAULT_EMULATOR_CONNECTION_ID}`;

if (args.has("--fresh")) {
  // Each e2e run starts from an empty console database: a PGlite directory, or a wiped schema.
  const dataDir = env.DATA_DIR ?? ".data";
  rmSync(path.join(dataDir, "console"), { recursive: true, force: true });
  rmSync(path.join(dataDir, "logs"), { recursive: true, force: true });
  if (env.DATABASE_URL) {
    const reset = spawnSync(process.execPath, ["scripts/reset-postgres.mjs"], { stdio: "inherit", env });
    if (reset.status !== 0) process.exit(reset.status ?? 1);
  }
}

if (!existsSync(path.join(env.NEXT_DIST_DIR || ".next", "BUILD_ID"))) {
  console.log("[serve] No production build yet: running `next build` (about a minute on 2 cores)…");
  const build = spawnSync(bin("next"), ["build"], { stdio: "inherit", env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// Each process's output goes to the terminal and to <DATA_DIR>/logs/<name>.log (the e2e leak
// check reads the console's log to prove no secret is ever logged).
const logDir = path.join(env.DATA_DIR ?? ".data", "logs");
mkdirSync(logDir, { recursive: true });

const children = [];
function run(name, command, commandArgs) {
  const child = spawn(command, commandArgs, { stdio: ["ignore", "pipe", "pipe"], env });
  const log = createWriteStream(path.join(logDir, `${name}.log`), { flags: "a" });
  child.stdout.on("data", (chunk) => (process.stdout.write(chunk), log.write(chunk)));
  child.stderr.on("data", (chunk) => (process.stderr.write(chunk), log.write(chunk)));
  child.on("exit", (code, signal) => {
    console.log(`[serve] ${name} exited (${signal ?? code}); stopping.`);
    shutdown(code ?? 1);
  });
  children.push(child);
  return child;
}

let stopping = false;
function shutdown(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
  setTimeout(() => process.exit(code), 200).unref();
}
process.on("SIGINT", () => shutdown(0));
process.on("SIGTERM", () => shutdown(0));

if (existsSync("lib/emulator/main.ts") && env.CONSOLE_DEFAULT_EMULATOR !== "0") run("emulator", bin("tsx"), ["lib/emulator/main.ts"]);
run("console", bin("next"), ["start", "-H", host, "-p", port]);
