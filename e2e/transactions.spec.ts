import { emulatorApi, SEEDED_PRODUCTS } from "./emulator";
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
