import type { APIRequestContext, Page } from "@playwright/test";
import { formatAmount } from "../lib/money";
import { emulator, emulatorApi } from "./emulator";
import { expect, storageStatePath, test } from "./fixtures";

// Every card status UQPAY documents, with the console's English label (messages/en/cards.json).
const STATUS_LABELS: Record<string, string> = {
  PENDING: "Pending", ACTIVE: "Active", FROZEN: "Frozen", BLOCKED: "Blocked", PRE_CANCEL: "Cancelling",
  CANCELLED: "Cancelled", LOST: "Lost", STOLEN: "Stolen", FAILED: "Failed",
};
const DAY_MS = 86_400_000;

type Txn = {
  transaction_id: string; original_transaction_id: string; transaction_type: string; transaction_status: string; transaction_time: string;
  billing_currency: string; failure_reason?: string; description?: string; merchant_data?: { name?: string };
};
type Page_<T> = { total_pages: number; total_items: number; data: T[] };

// Demo data (cards in every status, approved, reversed and declined authorisations); a no-op when
// it is already there. Other specs share this emulator, so nothing below assumes an empty account.
test.beforeAll(async ({ request }) => {
  await emulator.seedDemo(request);
});

/** The emulator's card transactions well inside the overview's 30 days (UTC, the test browser's zone). */
async function recentTransactions(request: APIRequestContext): Promise<Txn[]> {
  const api = await emulatorApi(request);
  const now = Date.now();
  const window = `start_time=${new Date(now - 29 * DAY_MS).toISOString()}&end_time=${new Date(now).toISOString()}`;
  const rows: Txn[] = [];
  for (let page = 1; ; page++) {
    const batch = await api.get<Page_<Txn>>(`/v1/issuing/transactions?page_size=100&page_number=${page}&${window}`);
    rows.push(...batch.data);
    if (page >= batch.total_pages) return rows;
  }
}

async function sectionsLoaded(page: Page) {
  await expect(page.locator("[aria-busy=true]")).toHaveCount(0, { timeout: 20_000 });
}

test("the overview shows the balances and card counts the emulator reports", async ({ pageAs, request }) => {
  const page = await pageAs("viewer");
  const api = await emulatorApi(request);
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
  const balances = page.getByRole("region", { name: "Issuing balances" });
  const cards = page.getByRole("region", { name: "Cards by status" });
  // Cards other specs left PENDING may activate meanwhile: compare the page with the emulator read
  // right after it, and reload until both agree.
  await expect(async () => {
    await page.reload();
    await sectionsLoaded(page);
    const reported = await api.get<Page_<{ currency: string; available_balance: string | number }>>("/v1/issuing/balances?page_size=100&page_number=1");
    expect(reported.data.length).toBeGreaterThan(0);
    for (const b of reported.data) {
      await expect(balances.getByRole("group", { name: `${b.currency} balance` })).toContainText(formatAmount(b.available_balance, b.currency, "en"), { timeout: 1_000 });
    }
    let total = 0;
    for (const [status, label] of Object.entries(STATUS_LABELS)) {
      const { total_items: n } = await api.get<Page_<unknown>>(`/v1/issuing/cards?page_size=10&page_number=1&card_status=${status}`);
      total += n;
      await expect(cards.getByRole("link", { name: `${label} ${n} ${n === 1 ? "card" : "cards"}`, exact: true })).toBeVisible({ timeout: 1_000 });
    }
    expect(total).toBeGreaterThan(0);
    await expect(cards).toContainText(`${total} cards in total`, { timeout: 1_000 });
  }).toPass({ timeout: 60_000 });
  await cards.getByRole("link", { name: /^Frozen \d+ cards?$/ }).click();
  await expect(page).toHaveURL(/\/cards\?status=FROZEN$/);
});

test("the spend chart and latest declines show the emulator's last 30 days", async ({ pageAs, request }) => {
  const page = await pageAs("viewer");
  await page.goto("/");
  await sectionsLoaded(page);
  const rows = await recentTransactions(request);
  const reversed = new Set(rows.filter((r) => r.transaction_type === "REVERSAL" && r.transaction_status === "APPROVED").map((r) => r.original_transaction_id));
  const spent = new Set(
    rows.filter((r) => r.transaction_type === "AUTHORIZATION" && r.transaction_status === "APPROVED" && !reversed.has(r.transaction_id)).map((r) => r.billing_currency),
  );
  const declines = rows.filter((r) => r.transaction_status === "DECLINED").sort((a, b) => Date.parse(b.transaction_time) - Date.parse(a.transaction_time));
  // Demo data or earlier specs' authorisations: the checks below must not pass on an empty account.
  expect(spent.size + declines.length).toBeGreaterThan(0);

  const chart = page.getByRole("region", { name: "Spend per day" });
  for (const currency of spent) {
    const img = chart.getByRole("img", { name: new RegExp(`^Spend per day in ${currency} over the last 30 days: .+ in total`) });
    await expect(img).toBeVisible();
    expect(await img.locator("rect.fill-primary").count()).toBe(30);
    await expect(chart.getByRole("table", { name: `Days with spend in ${currency}` }).getByRole("row")).not.toHaveCount(1);
  }
  if (spent.size === 0) await expect(chart).toContainText("No card spend in the last 30 days.");

  const latestDeclines = page.getByRole("region", { name: "Latest declines" });
  if (declines.length > 0) {
    const table = latestDeclines.getByRole("table", { name: "Latest declines" });
    const newest = table.getByRole("row").nth(1);
    if (declines[0].merchant_data?.name) await expect(newest).toContainText(declines[0].merchant_data.name);
    const reason = declines[0].failure_reason || declines[0].description;
    if (reason) await expect(newest).toContainText(reason);
    await expect(table.getByRole("row")).toHaveCount(Math.min(declines.length, 5) + 1);
  } else {
    await expect(latestDeclines).toContainText("No declined transactions in the last 30 days.");
  }
  await expect(page.getByRole("region", { name: "Latest transactions" }).getByRole("table", { name: "Latest transactions" })).toBeVisible();
});

test("the balances and card counts stream in where their skeletons were, on a phone and a desktop", async ({ pageAs, request }) => {
  const page = await pageAs("viewer");
  // Sections whose shape does not depend on how much other specs created: the account's currencies,
  // every card status. (The spend chart grows with the currencies spent in, the tables with their rows.)
  const sections = ["Issuing balances", "Cards by status"].map((name) => page.getByRole("region", { name }));
  // UQPAY answers slowly, so every section is a skeleton in the first paint and is replaced later:
  // late enough that a busy host's test, a few hundred milliseconds per step, still sees the skeletons.
  await emulator.setFaults(request, [{ path: "/v1/issuing/**", method: "GET", kind: "latency", ms: 3000 }]);
  try {
    for (const viewport of [{ width: 412, height: 823 }, { width: 1280, height: 900 }]) {
      await page.setViewportSize(viewport);
      await page.goto("/", { waitUntil: "commit" }); // not "load": that waits for the last section
      for (const section of sections) await expect(section.locator("[aria-busy=true]")).toBeVisible();
      const skeletons = await Promise.all(sections.map(async (section) => (await section.boundingBox())!.height));
      // Still skeletons when they were measured, or the comparison below would be of loaded to loaded.
      for (const section of sections) expect(await section.locator("[aria-busy=true]").isVisible()).toBe(true);
      await sectionsLoaded(page);
      for (const [i, section] of sections.entries()) {
        const loaded = (await section.boundingBox())!.height;
        expect(Math.abs(loaded - skeletons[i]), `section ${i} at ${viewport.width} px: ${skeletons[i]} → ${loaded} px`).toBeLessThanOrEqual(4);
      }
    }
  } finally {
    await emulator.setFaults(request, []);
  }
});

test("a section UQPAY fails to answer says why; the others still show", async ({ pageAs, request }) => {
  const page = await pageAs("viewer");
  await emulator.setFaults(request, [{ path: "/v1/issuing/balances", method: "GET", kind: "error500" }]);
  try {
    await page.goto("/");
    const balances = page.getByRole("region", { name: "Issuing balances" });
    await expect(balances.getByTestId("read-failure")).toContainText("Balances could not be loaded", { timeout: 20_000 });
    await expect(page.getByRole("region", { name: "Cards by status" })).toContainText("cards in total");
    await expect(page.getByRole("table", { name: "Latest transactions" })).toBeVisible();
  } finally {
    await emulator.setFaults(request, []);
  }
});

test("quick links follow the role", async ({ pageAs }) => {
  const viewer = await pageAs("viewer");
  await viewer.goto("/");
  const viewerLinks = viewer.getByRole("navigation", { name: "Quick links" });
  await expect(viewerLinks.getByRole("link", { name: "All transactions" })).toBeVisible();
  await expect(viewerLinks.getByRole("link", { name: "Balance movements" })).toBeVisible();
  for (const name of ["Issue a card", "New cardholder", "New payment"]) await expect(viewerLinks.getByRole("link", { name })).toHaveCount(0);

  const operator = await pageAs("operator");
  await operator.goto("/");
  const operatorLinks = operator.getByRole("navigation", { name: "Quick links" });
  for (const name of ["Issue a card", "New cardholder", "New payment", "All transactions"]) await expect(operatorLinks.getByRole("link", { name })).toBeVisible();
  await operatorLinks.getByRole("link", { name: "Issue a card" }).click();
  await expect(operator).toHaveURL(/\/cards\/new$/);
});

test("times show in the viewer's time zone, with UQPAY's own value on hover", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStatePath("viewer"), timezoneId: "Asia/Kolkata" });
  try {
    const page = await context.newPage();
    await page.goto("/");
    // The first render is in UTC; the browser reports its zone and the page re-renders once.
    await expect(page.getByText(/by day in your time zone \(Asia\/(Kolkata|Calcutta)\)/)).toBeVisible();
    const time = page.getByRole("table", { name: "Latest transactions" }).locator("time").first();
    const sent = await time.getAttribute("title");
    expect(sent).toMatch(/[+-]\d{2}:\d{2}$/);
    const expected = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Kolkata" }).format(new Date(sent!));
    await expect(time).toHaveText(expected);
    const cookies = await context.cookies();
    expect(cookies.find((c) => c.name === "NEXT_TIME_ZONE")?.value).toMatch(/^Asia%2F(Kolkata|Calcutta)$/);
  } finally {
    await context.close();
  }
});

test("a browser whose zone has the rendered zone's UTC offsets keeps the page as rendered", async ({ browser }) => {
  // Reykjavik is UTC+0 all year: the page rendered in UTC already reads right, so no cookie and no re-render.
  const context = await browser.newContext({ storageState: storageStatePath("viewer"), timezoneId: "Atlantic/Reykjavik" });
  try {
    const page = await context.newPage();
    await page.goto("/");
    await expect(page.getByRole("combobox", { name: "Language" })).toBeEnabled(); // hydrated: the check has run
    await expect(page.getByText("by day in your time zone (UTC)")).toBeVisible();
    expect((await context.cookies()).find((c) => c.name === "NEXT_TIME_ZONE")).toBeUndefined();
  } finally {
    await context.close();
  }
});

test("a link to a page that renders with its UQPAY data shows a progress bar until the page is there", async ({ pageAs, request }) => {
  const page = await pageAs("viewer");
  await page.goto("/cards");
  await expect(page.getByRole("combobox", { name: "Language" })).toBeEnabled(); // hydrated
  const card = page.getByRole("table").getByRole("row").filter({ hasText: "Active" }).getByRole("link", { name: /\d{4}$/ }).first();
  await expect(card).toBeVisible();
  // The card page waits for the card before it sends anything (it has nothing to show without it).
  await emulator.setFaults(request, [{ path: "/v1/issuing/cards/*", method: "GET", kind: "latency", ms: 2500 }]);
  try {
    const progress = page.getByRole("progressbar", { name: "Loading the page…" });
    // The bar's code loads when the browser is idle: wait for it before clicking.
    await expect(async () => {
      await card.click();
      await expect(progress).toBeVisible({ timeout: 500 });
    }).toPass({ timeout: 10_000 });
    await expect(page).toHaveURL(/\/cards\/[0-9a-f-]{36}$/, { timeout: 15_000 });
    await expect(page.getByRole("heading", { level: 1, name: /\d{4}$/ })).toBeVisible();
    await expect(progress).toHaveCount(0);
  } finally {
    await emulator.setFaults(request, []);
  }
});
