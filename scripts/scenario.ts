// Runs a sandbox-workbench scenario headless: `npm run scenario -- <name>` (see README).
//   npm run scenario -- --list
//   npm run scenario -- quickstart                       # on an in-memory emulator started here
//   npm run scenario -- quickstart --emulator-url http://127.0.0.1:4010
//   npm run scenario -- quickstart --sandbox             # sandbox-safe steps on the real UQPAY sandbox
//   add --json for the whole run record. Exit code: 0 passed, 1 failed, 2 usage or setup error.
import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import { emulatorEnv, sandboxCredentialsEnv } from "@/lib/env";
import { startEmulator, type RunningEmulator } from "@/lib/emulator/server";
import { formatRun } from "@/lib/sandbox/format-run";
import { runScenario, type RunnerTarget } from "@/lib/sandbox/runner";
import { standaloneConsole } from "@/lib/sandbox/standalone-console";
import { UQPAY_SANDBOX_BASE_URL } from "@/lib/uqpay";
import { SCENARIOS, findScenario } from "@/scenarios";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { "emulator-url": { type: "string" }, sandbox: { type: "boolean" }, list: { type: "boolean" }, json: { type: "boolean" } },
});

if (values.list || positionals.length === 0) {
  for (const s of SCENARIOS) console.log(`${s.name.padEnd(20)} ${s.seed ? `seed ${s.seed}  ` : ""}${s.title}`);
  process.exit(values.list ? 0 : 2);
}

const scenario = findScenario(positionals[0]);
if (!scenario) {
  console.error(`No scenario "${positionals[0]}". Known: ${SCENARIOS.map((s) => s.name).join(", ")}`);
  process.exit(2);
}

let emulator: RunningEmulator | null = null;
let target: RunnerTarget;
if (values.sandbox) {
  const credentials = sandboxCredentialsEnv();
  if (!credentials) {
    console.error("--sandbox needs UQPAY_SANDBOX_CLIENT_ID and UQPAY_SANDBOX_API_KEY in the environment.");
    process.exit(2);
  }
  target = { connection: { id: randomUUID(), baseUrl: UQPAY_SANDBOX_BASE_URL, ...credentials }, environment: "sandbox", name: "UQPAY sandbox" };
} else if (values["emulator-url"]) {
  const env = emulatorEnv();
  const url = values["emulator-url"].replace(/\/+$/, "");
  const baseUrl = url.endsWith("/api") ? url : `${url}/api`;
  target = { connection: { id: randomUUID(), baseUrl, clientId: env.EMULATOR_CLIENT_ID, apiKey: env.EMULATOR_API_KEY }, environment: "emulator", name: baseUrl };
} else {
  emulator = await startEmulator({ db: "memory", port: 0, mode: "test", activationDelayMs: 1000 });
  target = { connection: { id: randomUUID(), baseUrl: emulator.apiBase, ...emulator.credentials }, environment: "emulator", name: "in-process emulator" };
}

let code = 2;
// Console steps (the card page's actions) write to a console database: an in-memory one here.
const consoleDb = await standaloneConsole(target);
try {
  const state = await runScenario(scenario, target, { console: consoleDb.console });
  console.log(values.json ? JSON.stringify(state, null, 2) : formatRun(state));
  code = state.status === "passed" ? 0 : 1;
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
} finally {
  await consoleDb.close();
  await emulator?.close();
}
process.exit(code);
