import { expect, test } from "./fixtures";

test("balances per currency and their movements, filtered, with a too-wide range narrowed to 90 days", async ({ pageAs }) => {
  const page = await pageAs("viewer");
  await page.goto("/balances");
  const usd = page.getByRole("region", { name: "USD balance" });
  await expect(usd).toBeVisible();
  await expect(usd.getByText("Available")).toBeVisible();
  await expect(page.getByRole("region", { name: "SGD balance" })).toBeVisible();

  const table = page.getByRole("table", { name: "Balance movements" });
  await expect(table.getByRole("cell", { name: "DEPOSIT" }).first()).toBeVisible();

  const filters = page.getByRole("search", { name: "Balance movement filters" });
  await filters.getByLabel("Currency").selectOption("SGD");
  await filters.getByLabel("From").fill("2020-01-01");
  await filters.getByLabel("To").fill("2030-12-31");
  await filters.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/currency=SGD/);
  await expect(page.getByText("UQPAY answers at most 90 days at a time, so the range was narrowed to 2030-10-03 – 2030-12-31.")).toBeVisible();
  await expect(filters.getByLabel("From")).toHaveValue("2030-10-03");
});
