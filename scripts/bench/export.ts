// Transaction CSV export benchmark: the real console (`next start`) exports the whole filtered set
// through GET /api/transactions/export from an in-process emulator holding 1,000 and 10,000
// transactions on two cards. Prints time to first byte, total time, rows/s and the console
// server's resident memory (before, peak while exporting, after), and checks every row arrived.
//   npm run bench:export        (builds first when there is no production build)
import { bulkCardTransactions } from "@/lib/emulator/testing/bulk";
import { Harness } from "@/lib/emulator/testing/harness";
import { SEEDED } from "@/lib/emulator/seed-data";
import { startBenchConsole } from "./console-server";
import { median } from "./median";

const PORT = 3791;
// Transactions spread over the last 50 days; the export asks for the last 60.
const SPREAD_DAYS = 50;
const DAYS = 60;
const RUNS = 3;
const LATENCY_MS = 100;

const harness = await Harness.start({ mode: "test" });
await harness.login();
const holder = await harness.cardholder();
const cards = { small: await harness.card(SEEDED.products.visaShare), large: await harness.card(SEEDED.products.visaShare) };
const sizes = { small: 1_000, large: 10_000 } as const;
const t0 = performance.now();
for (const key of ["small", "large"] as const) await bulkCardTransactions(harness.emu.runtime.db, { cardId: cards[key], count: sizes[key], days: SPREAD_DAYS, now: harness.emu.runtime.clock.now() });
console.log(`emulator: ${sizes.small + sizes.large} transactions bulk-loaded in ${((performance.now() - t0) / 1000).toFixed(1)} s (cardholder ${holder.slice(0, 8)}…)`);

const server = await startBenchConsole({ port: PORT, dataDir: ".data/bench-export", uqpayApiBase: harness.emu.apiBase });
const to = harness.emu.runtime.clock.now().toISOString().slice(0, 10);
const from = new Date(Date.parse(`${to}T00:00:00Z`) - (DAYS - 1) * 86_400_000).toISOString().slice(0, 10);

async function exportOnce(cardId: string, expected: number) {
  let peak = server.rssMb();
  const sampler = setInterval(() => (peak = Math.max(peak, server.rssMb())), 20);
  const started = performance.now();
  const response = await fetch(`${server.url}/api/transactions/export?card=${cardId}&from=${from}&to=${to}`, { headers: { cookie: server.cookie } });
  const ttfb = performance.now() - started;
  if (!response.ok || !response.body) throw new Error(`export answered ${response.status}: ${await response.text()}`);
  let lines = 0;
  let bytes = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.byteLength;
    for (const b of chunk) if (b === 10) lines++;
  }
  const total = performance.now() - started;
  clearInterval(sampler);
  const rows = lines - 1;
  return { ttfb, total, rows, bytes, peak, ok: rows === expected };
}

try {
  // Warm: the first request registers the connection, fetches a token and compiles the route.
  await exportOnce(cards.small, sizes.small);
  console.log(`console: next start, PID ${server.pid}; ${RUNS} runs per size, medians; range ${from} – ${to}`);
  for (const key of ["small", "large"] as const) {
    const before = server.rssMb();
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await exportOnce(cards[key], sizes[key]));
    const after = server.rssMb();
    const t = median(runs.map((r) => r.total));
    console.log(
      `${String(sizes[key]).padStart(6)} transactions: ${(t / 1000).toFixed(2)} s total, first byte ${median(runs.map((r) => r.ttfb)).toFixed(0)} ms, ` +
        `${Math.round(sizes[key] / (t / 1000))} rows/s, ${(runs[0].bytes / 1024 / 1024).toFixed(1)} MiB CSV, ${Math.ceil(sizes[key] / 100)} UQPAY pages — ` +
        `${runs.every((r) => r.ok) ? "every row exported" : `ROW COUNT MISMATCH (${runs.map((r) => r.rows).join(", ")})`}`,
    );
    console.log(
      `        server RSS: ${before.toFixed(0)} MiB before, peak ${Math.max(...runs.map((r) => r.peak)).toFixed(0)} MiB while exporting (+${(Math.max(...runs.map((r) => r.peak)) - before).toFixed(0)} MiB), ${after.toFixed(0)} MiB after`,
    );
  }
  // UQPAY is far away: with latency on every call, reading one page ahead hides the console's work.
  await harness.control("PUT", "/faults", { rules: [{ path: "/v1/issuing/transactions", kind: "latency", ms: LATENCY_MS }] });
  const slow = await exportOnce(cards.large, sizes.large);
  console.log(
    `with ${LATENCY_MS} ms UQPAY latency per call: 10000 transactions in ${(slow.total / 1000).toFixed(2)} s ` +
      `(${Math.ceil(sizes.large / 100)} sequential calls alone: ${((Math.ceil(sizes.large / 100) * LATENCY_MS) / 1000).toFixed(1)} s) — ${slow.ok ? "every row exported" : "ROW COUNT MISMATCH"}`,
  );
} finally {
  await server.stop();
  await harness.close();
}
