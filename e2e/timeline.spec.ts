import type { Page } from "@playwright/test";
import { createCardholder, issueTwoStep } from "./cards-support";
import { expect, test, USERS } from "./fixtures";

/** Waits until the card page's "Expected webhooks" list shows `eventType` as arrived: the wait helper for UQPAY's async side. */
export async function waitForExpectedWebhook(page: Page, eventType: string, timeout = 30_000) {
  const item = page.getByRole("list", { name: "Expected webhooks" }).getByRole("listitem").filter({ hasText: eventType }).first();
  await expect(item).toHaveAttribute("data-state", "arrived", { timeout });
}

test("the card timeline tells the story with its webhooks, and the audit log shows the freeze with its idempotency key", async ({ pageAs }) => {
  test.setTimeout(120_000);
  const page = await pageAs("operator");
  const holder = await createCardholder(page);
  await issueTwoStep(page, { cardholderId: holder.id, productLabel: /40963608 · SHARE/, currency: "USD", limit: "100" });
  await waitForExpectedWebhook(page, "card.create.succeeded");
  const timeline = page.getByRole("list", { name: "Timeline" });
  await expect(timeline.getByText("card.create.succeeded")).toBeVisible();
  await expect(timeline.getByText("card.create", { exact: true })).toBeVisible();

  await expect(page.getByTestId("card-details").getByTestId("card-status")).toHaveText("Active", { timeout: 20_000 });
  await page.getByRole("button", { name: "Freeze", exact: true }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Reason").fill("Timeline check");
  await dialog.getByRole("button", { name: "Freeze card" }).click();
  await waitForExpectedWebhook(page, "card.status.update.succeeded (FROZEN)");
  const freeze = timeline.getByRole("listitem").filter({ hasText: "card.freeze" });
  const key = (await freeze.getByText(/idempotency key/).textContent())!.match(/[0-9a-f-]{36}/)![0];

  const admin = await pageAs("admin");
  await admin.goto(`/audit?action=card.freeze&key=${key}`);
  const row = admin.getByRole("table", { name: "Audit log" }).getByRole("row").filter({ hasText: key });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(USERS.operator.email);
  await expect(row).toContainText("Success");
});
