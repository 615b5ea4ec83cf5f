import { Agent, request } from "node:http";
import { SEEDED } from "./seed-data";
import { startEmulator } from "./server";
import { bulkCards } from "./testing/bulk";

// `npx tsx lib/emulator/bench.ts [cards=100000] [db=memory]`: prints throughput and list latency
// figures; asserts nothing. The 100k cards are bulk-inserted in SQL, then listed over HTTP.

const TOTAL = Number(process.argv[2] ?? 100_000);
const DB = process.argv[3] ?? "memory";
const CONCURRENCY = 8;

const emu = await startEmulator({ db: DB, activationDelayMs: 0, port: 0 });
const api = emu.apiBase;

// A keep-alive node:http client: the emulator's only fetch() is its webhook sender (house rule).
const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
function call(method: string, url: string, headers: Record<string, string>, body?: unknown): Promise<{ status: number; json: unknown }> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(url, { method, agent, headers: { "content-type": "application/json", ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(Buffer.concat(chunks).toString("utf8") || "null") }));
    });
    req.on("error", reject);
    req.end(payload);
  });
}

const tokenResponse = await call("POST", `${api}/v1/connect/token`, { "x-client-id": emu.credentials.clientId, "x-api-key": emu.credentials.apiKey });
const auth = { "x-auth-token": `Bearer ${(tokenResponse.json as { auth_token: string }).auth_token}` };
await call("PUT", `${emu.url}/__emulator/accounts/${SEEDED.accountId}/settings`, {}, { cardholder_card_quota: 1_000_000, card_quota: 10_000_000 });

const get = async (path: string) => {
  const res = await call("GET", api + path, auth);
  if (res.status !== 200) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.json)}`);
  return res.json as { total_items: number; data: unknown[] };
};
const post = async (path: string, body: unknown) => {
  const res = await call("POST", api + path, { ...auth, "x-idempotency-key": crypto.randomUUID() }, body);
  if (res.status !== 200) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.json)}`);
  return res.json as Record<string, string>;
};

/** Runs `task` from CONCURRENCY workers for `seconds`; returns requests per second. */
async function throughput(seconds: number, task: (i: number) => Promise<unknown>): Promise<number> {
  const until = Date.now() + seconds * 1000;
  let done = 0;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (Date.now() < until) await task(done++);
    }),
  );
  return done / ((Date.now() - started) / 1000);
}

async function latency(label: string, path: string, runs = 40): Promise<void> {
  await get(path);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const page = await get(path);
    times.push(performance.now() - t);
    if (i === 0 && page.data) label += ` (total_items=${page.total_items}, rows=${page.data.length})`;
  }
  times.sort((a, b) => a - b);
  const p = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(1);
  console.log(`  ${label.padEnd(72)} p50 ${p(0.5)} ms  p95 ${p(0.95)} ms`);
}

const fmt = (n: number) => n.toFixed(0).padStart(6);
console.log(`UQPAY emulator bench — db=${DB}, ${CONCURRENCY} concurrent clients, Node ${process.version}`);

const holder = (await post("/v1/issuing/cardholders", { first_name: "Bench", last_name: "Holder", email: "bench@example.com", country_code: "SG", phone_number: "91234567" })).cardholder_id;
const createCard = () => post("/v1/issuing/cards", { cardholder_id: holder, card_product_id: SEEDED.products.visaShare, card_currency: "USD", card_limit: 100 });
const createCardholder = (i: number) =>
  post("/v1/issuing/cardholders", { first_name: "Bench", last_name: "Person", email: `b${i}@example.com`, country_code: "US", phone_number: String(2_000_000_000 + i) });
console.log(`create card (two-step):        ${fmt(await throughput(3, createCard))} req/s`);
console.log(`create cardholder:             ${fmt(await throughput(3, createCardholder))} req/s`);
console.log(`list cards (small store):      ${fmt(await throughput(3, () => get("/v1/issuing/cards?page_size=10")))} req/s`);

const db = emu.runtime.db;
const t0 = performance.now();
await bulkCards(db, { accountId: SEEDED.accountId, productId: SEEDED.products.visaShare, count: TOTAL });
const [{ n }] = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM emu_cards");
console.log(`\nbulk-inserted ${TOTAL} cards in ${((performance.now() - t0) / 1000).toFixed(1)} s (store now holds ${n})`);

// PGlite runs on this thread: let socket timers that fired during the load settle before reusing connections.
await new Promise((r) => setTimeout(r, 500));
const someHolder = (await db.query<{ cardholder_id: string }>("SELECT cardholder_id FROM emu_cardholders WHERE email = 'bulk500@example.com'"))[0].cardholder_id;
console.log("list latency over HTTP:");
await latency("page 1, page_size 10", "/v1/issuing/cards?page_size=10&page_number=1");
await latency("page 1, page_size 100", "/v1/issuing/cards?page_size=100&page_number=1");
const deep = Math.max(1, Math.floor(TOTAL / 200));
await latency(`page ${deep}, page_size 100 (offset ${(deep - 1) * 100})`, `/v1/issuing/cards?page_size=100&page_number=${deep}`);
await latency("card_status=FROZEN, page 1", "/v1/issuing/cards?card_status=FROZEN&page_size=10");
await latency("cardholder_id filter, page 1", `/v1/issuing/cards?cardholder_id=${someHolder}&page_size=10`);
await latency("card_number (full PAN) filter", "/v1/issuing/cards?card_number=4096360800012345");
await latency("card_number (last 4) filter", "/v1/issuing/cards?card_number=2345");
const someCard = (await db.query<{ card_id: string }>("SELECT card_id FROM emu_cards ORDER BY seq LIMIT 1 OFFSET 5000"))[0].card_id;
await latency("retrieve one card by id", `/v1/issuing/cards/${someCard}`);
console.log(`list cards (${TOTAL} cards):     ${fmt(await throughput(3, () => get("/v1/issuing/cards?page_size=10")))} req/s`);
console.log(`list cards, status filter:     ${fmt(await throughput(3, () => get("/v1/issuing/cards?card_status=FROZEN&page_size=10")))} req/s`);
console.log(`create card (${TOTAL} cards):    ${fmt(await throughput(3, createCard))} req/s`);

console.log("\nquery plans (indexes, no sequential scans):");
const plan = async (label: string, sql: string, params: unknown[]) => {
  const rows = await db.query<{ "QUERY PLAN": string }>(`EXPLAIN ${sql}`, params);
  const scans = rows.map((r) => r["QUERY PLAN"]).filter((l) => /Scan/.test(l)).map((l) => l.trim().replace(/\s+\(cost.*$/, ""));
  console.log(`  ${label.padEnd(24)} ${scans.join(" | ")}`);
};
await plan("page", "SELECT * FROM emu_cards WHERE account_id = $1 ORDER BY seq DESC LIMIT 10 OFFSET 0", [SEEDED.accountId]);
await plan("total_items", "SELECT coalesce(sum(n), 0) FROM emu_card_counts WHERE account_id = $1 AND ($2::text IS NULL OR status = $2)", [SEEDED.accountId, null]);
await plan("status page", "SELECT * FROM emu_cards WHERE account_id = $1 AND status = $2 ORDER BY seq DESC LIMIT 10", [SEEDED.accountId, "FROZEN"]);
await plan("cardholder page", "SELECT * FROM emu_cards WHERE account_id = $1 AND cardholder_id = $2 ORDER BY seq DESC LIMIT 10", [SEEDED.accountId, someHolder]);
await plan("card by id", "SELECT * FROM emu_cards WHERE account_id = $1 AND card_id = $2::uuid", [SEEDED.accountId, someCard]);
await plan("last4", "SELECT * FROM emu_cards WHERE account_id = $1 AND pan_last4 = $2 ORDER BY seq DESC LIMIT 10", [SEEDED.accountId, "2345"]);
agent.destroy();
await emu.close();
