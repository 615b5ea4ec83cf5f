import { readFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import Decimal from "decimal.js";
import { emulator, emulatorApi, SEEDED_PRODUCTS } from "./emulator";
import { expect, test } from "./fixtures";

test("transactions filter by card and status, and a declined one opens with its reason", async ({ pageAs, request }) => {
  const api = await emulatorApi(request);
  const n = String(Date.now()).slice(-7);
  const holder = await api.post<{ cardholder_id: string }>("/v1/issuing/cardholders", {
    first_name: "Tina", last_name: "Trans", email: `tina.${n}@example.com`, country_code: "SG", phone_number: `8${n}`,
  });
  const { card_id } = await api.post<{ card_id: string }>("/v1/issuing/cards", {
    cardholder_id: holder.cardholder_id, card_product_id: SEEDED_PRODUCTS.visaShare, card_currency: "USD", card_limit: 50,
  });
  await expect.poll(async () => (await api.get<{ card_status: string }>(`/v1/issuing/cards/${card_id}`)).card_status, { timeout: 20_000 }).toBe("ACTIVE");
  const authorize = (amount: number) =>
    api.post("/v1/simulation/issuing/authorization", { card_id, transaction_amount: amount, transaction_currency: "USD", merchant_name: "Filter Shop", merchant_category_code: "5734" });
  await authorize(12.5);
  await api.post(`/v1/issuing/cards/${card_id}/status`, { card_status: "FROZEN" });
  await authorize(3).catch(() => undefined);

  const page = await pageAs("viewer");
  await page.goto(`/transactions?card=${card_id}`);
  const table = page.getByRole("table", { name: "Transactions" });
  await expect(table.getByRole("cell", { name: "APPROVED" })).toHaveCount(1);

  const filters = page.getByRole("search", { name: "Transaction filters" });
  await filters.getByLabel("Status").selectOption("DECLINED");
  await filters.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/status=DECLINED/);
  await expect(table.getByRole("cell", { name: "APPROVED" })).toHaveCount(0);
  const declined = table.getByRole("row").filter({ hasText: "DECLINED" });
  await expect(declined).toHaveCount(1);
  await declined.getByRole("link", { name: "Open" }).click();
  await expect(page.getByText("Decline reason")).toBeVisible();
  await expect(page.getByRole("link", { name: /40963608/ })).toBeVisible();
});

type Txn = { transaction_id: string; card_id: string; transaction_time: string; transaction_amount: number | string; transaction_currency: string };

test("on demo data: filter by card and dates, open one, and export the set as CSV matching the emulator", async ({ pageAs, request }) => {
  await emulator.seedDemo(request);
  const api = await emulatorApi(request);
  const holders = await api.get<{ data: { cardholder_id: string; email: string }[] }>("/v1/issuing/cardholders?page_size=100&page_number=1");
  const alex = holders.data.find((h) => h.email === "alex.chen@example.com")!;
  const cards = await api.get<{ data: { card_id: string; card_currency: string }[] }>(`/v1/issuing/cards?cardholder_id=${alex.cardholder_id}&page_size=10&page_number=1`);
  const usd = cards.data.find((c) => c.card_currency === "USD")!;
  const all = await api.get<{ data: Txn[] }>(`/v1/issuing/transactions?card_id=${usd.card_id}&page_size=100&page_number=1`);
  const days = all.data.map((x) => new Date(x.transaction_time).toISOString().slice(0, 10)).sort();
  const [from, to] = [days[0], days.at(-1)!];
  const expected = await api.get<{ data: Txn[]; total_items: number }>(
    `/v1/issuing/transactions?card_id=${usd.card_id}&start_time=${from}T00:00:00Z&end_time=${to}T23:59:59Z&page_size=100&page_number=1`,
  );
  expect(expected.total_items).toBeGreaterThanOrEqual(4);

  const page = await pageAs("viewer");
  await page.goto("/transactions");
  const filters = page.getByRole("search", { name: "Transaction filters" });
  await filters.getByLabel("Card").fill(usd.card_id);
  await filters.getByLabel("From").fill(from);
  await filters.getByLabel("To").fill(to);
  await filters.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(new RegExp(`card=${usd.card_id}.*from=${from}.*to=${to}`));
  const table = page.getByRole("table", { name: "Transactions" });
  await expect(table.getByRole("row")).toHaveCount(expected.total_items + 1);

  const download = page.waitForEvent("download");
  await filters.getByRole("button", { name: "Export CSV" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`transactions-${from}-${to}.csv`);
  const records = parse(await readFile((await file.path())!), { columns: true }) as Record<string, string>[];
  expect(records).toHaveLength(expected.total_items);
  const total = (xs: (string | number)[]) => xs.reduce<Decimal>((sum, x) => sum.plus(x), new Decimal(0)).toFixed(2);
  expect(total(records.map((r) => r.transaction_amount))).toBe(total(expected.data.map((x) => x.transaction_amount)));
  expect(new Set(records.map((r) => r.transaction_id))).toEqual(new Set(expected.data.map((x) => x.transaction_id)));
  await expect(page.getByText(`Exported ${expected.total_items} rows.`)).toBeVisible();

  const first = expected.data[0];
  await table.getByRole("row").nth(1).getByRole("link", { name: "Open" }).click();
  await expect(page).toHaveURL(new RegExp(`/transactions/${first.transaction_id}$`));
  await expect(page.getByText(first.transaction_id)).toBeVisible();
});

test("a 91-day range is narrowed to 90 days and explained before any call reaches UQPAY", async ({ pageAs, request }) => {
  const page = await pageAs("viewer");
  const since = new Date().toISOString();
  await page.goto("/transactions?from=2026-01-01&to=2026-04-01");
  await expect(page.getByText("UQPAY answers at most 90 days at a time, so the range was narrowed to 2026-01-02 – 2026-04-01.")).toBeVisible();
  await expect(page.getByRole("search", { name: "Transaction filters" }).getByLabel("From")).toHaveValue("2026-01-02");
  const startingOn = async (day: string) =>
    (await emulator.requests(request, "/api/v1/issuing/transactions")).data.filter((r) => Date.parse(new URLSearchParams(r.query).get("start_time") ?? "") === Date.parse(`${day}T00:00:00Z`));
  expect(await startingOn("2026-01-01"), `UQPAY was asked for the 91-day range (page opened at ${since})`).toEqual([]);
  expect((await startingOn("2026-01-02")).length).toBeGreaterThan(0);
});
