import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { emulatorApi } from "./emulator";
import { PASSWORD, storageStatePath } from "./fixtures";

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

// A bcrypt hash (what users.password_hash holds) and a CVV next to its name, in any spelling.
const HASH = /\$2[aby]\$\d{2}\$[./A-Za-z0-9]{53}/;
const CVV = /"?(cvv|cvc|cvv2)"?\s*[:=,]\s*"?\d{3,4}\b/i;

/** Full card numbers of the run's cards, read from the emulator as UQPAY would reveal them. */
async function cardSecrets(request: APIRequestContext, reveal = true): Promise<{ pans: string[]; activeCard: string | null }> {
  const api = await emulatorApi(request);
  const page = await api.get<{ data: { card_id: string; card_status: string }[] }>("/v1/issuing/cards?page_size=100&page_number=1");
  const pans: string[] = [];
  for (const card of reveal ? page.data.filter((c) => c.card_status === "ACTIVE" || c.card_status === "FROZEN").slice(0, 40) : []) {
    const secure = await api.get<{ card_number: string }>(`/v1/issuing/cards/${card.card_id}/secure`).catch(() => null);
    if (secure) pans.push(secure.card_number);
  }
  return { pans, activeCard: page.data.find((c) => c.card_status === "ACTIVE")?.card_id ?? null };
}

function leaksIn(where: string, text: string, needles: string[]): string[] {
  const hits = needles.filter((n) => text.includes(n)).map((n) => `${where}: ${n.slice(0, 6)}…`);
  if (HASH.test(text)) hits.push(`${where}: a password hash`);
  if (CVV.test(text)) hits.push(`${where}: a CVV`);
  return hits;
}

const CRAWL = ["/", "/cards", "/cardholders", "/transactions", "/balances", "/payments", "/webhooks", "/audit", "/settings/team", "/settings/connections", "/sandbox"];

test("no full card number, CVV, password hash or secret in pages, their RSC payloads, the audit log or the console's log", async ({ browser, request }) => {
  test.setTimeout(180_000);
  const { pans } = await cardSecrets(request);
  expect(pans.length, "the run created active cards to look for").toBeGreaterThan(0);
  const needles = [...ENTERED_SECRETS, ...generatedSecrets(), PASSWORD, "emu_sk_test_0123456789abcdef", "emu_whsec_0123456789abcdef", ...pans];
  const admin = await browser.newContext({ storageState: storageStatePath("admin") });
  const cards = (await (await admin.request.get("/api/cards")).json()) as { items: { cardId: string }[] };
  const cardPages = cards.items.slice(0, 10).map((c) => `/cards/${c.cardId}`);
  const hits: string[] = [];
  for (const path of [...CRAWL, ...cardPages]) {
    const html = await admin.request.get(path);
    hits.push(...leaksIn(`${path} (HTML)`, await html.text(), needles));
    const rsc = await admin.request.get(path, { headers: { RSC: "1" } });
    hits.push(...leaksIn(`${path} (RSC payload)`, await rsc.text(), needles));
  }
  // The whole audit table, through its own export.
  const audit = await admin.request.get("/api/audit/export");
  expect(audit.ok()).toBe(true);
  hits.push(...leaksIn("audit log", await audit.text(), needles));
  hits.push(...leaksIn("console log", readFileSync(path.join(dataDir, "logs", "console.log"), "utf8"), needles));
  hits.push(...[...files(distDir)].flatMap((f) => (f.endsWith(".map") ? [] : findIn(f, pans))));
  await admin.close();
  expect(hits).toEqual([]);
});

test("revealed card details are answered no-store and do not stay in the page", async ({ browser, request }) => {
  const { activeCard } = await cardSecrets(request, false);
  expect(activeCard).not.toBeNull();
  const admin = await browser.newContext({ storageState: storageStatePath("admin") });
  const page = await admin.newPage();
  await page.goto(`/cards/${activeCard}`);
  const answer = page.waitForResponse((r) => r.request().method() === "POST" && Boolean(r.request().headers()["next-action"]));
  await page.getByRole("button", { name: "Reveal details" }).click();
  const response = await answer;
  expect(response.headers()["cache-control"] ?? "").toContain("no-store");
  const pan = (await page.getByTestId("secure-details").textContent())?.match(/\d{16}/)?.[0];
  expect(pan).toBeTruthy();
  const again = await admin.request.get(`/cards/${activeCard}`);
  expect(await again.text()).not.toContain(pan!);
  await admin.close();
});
