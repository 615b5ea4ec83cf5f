// Re-encrypts every stored UQPAY secret under a new CONSOLE_ENCRYPTION_KEY.
//   npm run rotate-key                      # generates the new key
//   npm run rotate-key -- --new-key <base64> # or uses the one you give
// Stop the console first when it runs on PGlite (one process per data directory).
import { randomBytes } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { reencryptConnections } from "@/lib/connections/rotate";
import { consoleDbTarget, openDatabase } from "@/lib/db/client";
import { consoleEnv } from "@/lib/env";

const args = process.argv.slice(2);
const flag = args.indexOf("--new-key");
const newKey = flag >= 0 ? args[flag + 1] : randomBytes(32).toString("base64");
if (!newKey || Buffer.from(newKey, "base64").length !== 32) {
  console.error("--new-key must be 32 bytes, base64-encoded.");
  process.exit(2);
}

const env = consoleEnv();
const handle = await openDatabase(consoleDbTarget(env));
try {
  const { rotated, skipped } = await reencryptConnections(handle.db, env.CONSOLE_ENCRYPTION_KEY, newKey);
  console.log(`Re-encrypted ${rotated} connection(s); ${skipped} were already under the new key.`);
} finally {
  await handle.close();
}

if (process.env.CONSOLE_ENCRYPTION_KEY) {
  console.log("Now set CONSOLE_ENCRYPTION_KEY to the new key and restart the console:");
  console.log(newKey);
} else {
  // The embedded default keeps its generated key in <DATA_DIR>/secrets.json: update it in place.
  const file = path.resolve(env.DATA_DIR, "secrets.json");
  const secrets = JSON.parse(readFileSync(file, "utf8")) as Record<string, string>;
  writeFileSync(file, JSON.stringify({ ...secrets, CONSOLE_ENCRYPTION_KEY: newKey }, null, 2), { mode: 0o600 });
  console.log(`Updated ${file} with the new key.`);
}
