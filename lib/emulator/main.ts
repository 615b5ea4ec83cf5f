import { emulatorEnv } from "../env";
import { SEEDED } from "./seed-data";
import { startEmulator } from "./server";

// `npm run emulator`: a standalone emulator configured from EMULATOR_* variables (lib/env.ts).
const env = emulatorEnv();
const emulator = await startEmulator({
  port: env.EMULATOR_PORT,
  host: env.EMULATOR_HOST,
  db: env.emulatorDb,
  mode: env.EMULATOR_MODE,
  clientId: env.EMULATOR_CLIENT_ID,
  apiKey: env.EMULATOR_API_KEY,
  webhookUrl: env.EMULATOR_WEBHOOK_URL ?? null,
  webhookSecret: env.EMULATOR_WEBHOOK_SECRET,
  jwtSecret: env.EMULATOR_JWT_SECRET,
  activationDelayMs: env.EMULATOR_ACTIVATION_DELAY_MS,
  demoSeed: env.EMULATOR_DEMO_SEED,
});

console.log(`UQPAY emulator (${env.EMULATOR_MODE}) listening on ${emulator.url}`);
console.log(`  API base:     ${emulator.apiBase}`);
console.log(`  client id:    ${emulator.credentials.clientId}`);
console.log(`  api key:      ${emulator.credentials.apiKey}`);
console.log(`  second pair:  ${emulator.credentials.clientId}-2 / ${emulator.credentials.apiKey}-2`);
console.log(`  database:     ${env.emulatorDb}`);
console.log(`  products:     ${Object.entries(SEEDED.products).map(([k, v]) => `${k}=${v}`).join(", ")}`);
if (env.EMULATOR_MODE !== "sandbox") console.log(`  control API:  ${emulator.url}/__emulator/`);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping emulator`);
  await emulator.close();
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
