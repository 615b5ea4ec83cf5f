// Webhook receiver benchmark: a burst of 1,000 signed deliveries (800 events + 200 redeliveries)
// against the real console (`next start` + its database), 20 in flight at a time. Prints the
// acknowledgement latency p50/p99 and events/s, then checks none was lost or doubled.
//   npm run build && npm run bench:webhooks
import { spawn } from "node:child_process";
import { createHmac, randomUUID } from "node:crypto";
import { rmSync } from "node:fs";
import { consoleDbTarget, openDatabase } from "@/lib/db/client";
import { webhookEvents } from "@/lib/db/schema";
import { consoleEnv } from "@/lib/env";

const PORT = 3790;
const DATA_DIR = ".data/bench-webhooks";
const CONNECTION = "00000000-0000-4000-8000-00000000e001";
const SECRET = "emu_whsec_0123456789abcdef";
const URL_ = `http://127.0.0.1:${PORT}/api/webhooks/uqpay/${CONNECTION}`;

rmSync(DATA_DIR, { recursive: true, force: true });
const server = spawn(process.execPath, ["scripts/serve.mjs"], {
  env: { ...process.env, PORT: String(PORT), HOST: "127.0.0.1", DATA_DIR, EMULATOR_PORT: "4790", EMULATOR_DB: "memory", EMULATOR_MODE: "test" },
  stdio: "ignore",
});

async function waitUp() {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/login`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("console did not start");
}

function delivery(body: string) {
  const timestamp = String(Math.floor(Date.now() / 1000));
  return { body, timestamp, signature: createHmac("sha512", SECRET).update(body + timestamp).digest("hex") };
}

try {
  await waitUp();
  // The first request registers the default connection; warm it before timing.
  await fetch(URL_, { method: "POST", body: "{}" });
  const events = Array.from({ length: 800 }, (_, i) =>
    JSON.stringify({ version: "V1.6.0", event_name: "ISSUING", event_type: "card.status.update.succeeded", event_id: randomUUID(), data: { card_id: randomUUID(), card_status: i % 2 ? "FROZEN" : "ACTIVE", update_time: new Date().toISOString() } }),
  );
  const burst = [...events, ...events.slice(0, 200)].sort(() => Math.random() - 0.5);
  const latencies: number[] = [];
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: 20 }, async () => {
      while (next < burst.length) {
        const d = delivery(burst[next++]);
        const t0 = performance.now();
        const response = await fetch(URL_, { method: "POST", headers: { "content-type": "application/json", "x-wk-timestamp": d.timestamp, "x-wk-signature": d.signature }, body: d.body });
        if (response.status !== 200) throw new Error(`delivery answered ${response.status}`);
        await response.arrayBuffer();
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))].toFixed(1);
  console.log(`deliveries: ${burst.length} (800 events + 200 redeliveries), 20 in flight`);
  console.log(`ack latency: p50 ${pct(50)} ms, p99 ${pct(99)} ms, max ${latencies.at(-1)!.toFixed(1)} ms`);
  console.log(`throughput: ${(burst.length / seconds).toFixed(0)} deliveries/s over ${seconds.toFixed(2)} s`);
  server.kill("SIGTERM");
  await new Promise((r) => setTimeout(r, 1500));
  const handle = await openDatabase(consoleDbTarget(consoleEnv({ DATA_DIR })));
  const rows = (await handle.db.select({ eventId: webhookEvents.eventId, n: webhookEvents.deliveryCount, status: webhookEvents.status }).from(webhookEvents)).filter((r) => r.status === "accepted");
  await handle.close();
  const ids = new Set(events.map((e) => JSON.parse(e).event_id as string));
  const stored = rows.filter((r) => ids.has(r.eventId!));
  const deliveries = stored.reduce((sum, r) => sum + r.n, 0);
  console.log(`stored: ${stored.length}/800 events, ${deliveries}/1000 deliveries counted — ${stored.length === 800 && deliveries === 1000 ? "none lost or doubled" : "MISMATCH"}`);
} finally {
  server.kill("SIGTERM");
}
