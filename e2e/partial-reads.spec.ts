import { emulator, emulatorApi } from "./emulator";
import { expect, test } from "./fixtures";

// A page about one record reads a list beside it: when the list cannot be read, its section says
// why and the rest of the page is there.

test("the card page shows the card when its transactions cannot be read", async ({ pageAs, request }) => {
  await emulator.seedDemo(request);
  const api = await emulatorApi(request);
  const [txn] = (await api.get<{ data: { card_id: string }[] }>("/v1/issuing/transactions?page_size=10&page_number=1")).data;
  const page = await pageAs("viewer");
  await emulator.setFaults(request, [{ path: "/v1/issuing/transactions", method: "GET", kind: "error500", count: 20 }]);
  try {
    await page.goto(`/cards/${txn.card_id}`);
    await expect(page.getByTestId("card-details")).toBeVisible();
    await expect(page.getByTestId("read-failure")).toContainText("Transactions could not be loaded");
    await expect(page.getByRole("table", { name: "Transactions" })).toHaveCount(0);
  } finally {
    await emulator.setFaults(request, []);
  }
  await page.reload();
  await expect(page.getByRole("table", { name: "Transactions" }).getByRole("row")).not.toHaveCount(0);
  await expect(page.getByTestId("read-failure")).toHaveCount(0);
});

test("the cardholder page shows the cardholder when their cards cannot be read", async ({ pageAs, request }) => {
  await emulator.seedDemo(request);
  const api = await emulatorApi(request);
  const holders = await api.get<{ data: { cardholder_id: string; email: string }[] }>("/v1/issuing/cardholders?page_size=100&page_number=1");
  const alex = holders.data.find((h) => h.email === "alex.chen@example.com")!;
  const page = await pageAs("viewer");
  await emulator.setFaults(request, [{ path: "/v1/issuing/cards", method: "GET", kind: "error500", count: 20 }]);
  try {
    await page.goto(`/cardholders/${alex.cardholder_id}`);
    await expect(page.getByRole("heading", { level: 1, name: "Alex Chen" })).toBeVisible();
    await expect(page.getByTestId("read-failure")).toContainText("The cardholder's cards could not be loaded");
    await expect(page.getByRole("table", { name: "Cards" })).toHaveCount(0);
  } finally {
    await emulator.setFaults(request, []);
  }
  await page.reload();
  await expect(page.getByRole("table", { name: "Cards" }).getByRole("row")).not.toHaveCount(0);
  await expect(page.getByRole("heading", { name: /Cards · \d+ cards/ })).toBeVisible();
});
