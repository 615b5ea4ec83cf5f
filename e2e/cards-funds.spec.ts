import { expect, test } from "./fixtures";
import { createCardholder, issueTwoStep } from "./cards-support";

test("SINGLE card funds: withdraw and recharge are checked against balance and precision", async ({ pageAs }) => {
  test.setTimeout(60_000);
  const page = await pageAs("operator");
  const holder = await createCardholder(page);
  await issueTwoStep(page, { cardholderId: holder.id, productLabel: /40963608 · SINGLE/, currency: "USD", limit: "100" });
  const details = page.getByTestId("card-details");
  await expect(details.getByTestId("card-status")).toHaveText("Active", { timeout: 20_000 });

  const withdraw = page.getByRole("form", { name: "Withdraw" });
  await withdraw.getByLabel("Withdraw amount (USD)").fill("100.01");
  await withdraw.getByRole("button", { name: "Withdraw" }).click();
  await expect(withdraw.getByText("More than the card's available balance.")).toBeVisible();
  await withdraw.getByLabel("Withdraw amount (USD)").fill("30");
  await withdraw.getByRole("button", { name: "Withdraw" }).click();
  await expect(page.getByText("Withdrawal accepted.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Funds" }).or(page.locator("#funds"))).toContainText("$70.00");

  const recharge = page.getByRole("form", { name: "Recharge" });
  await recharge.getByLabel("Recharge amount (USD)").fill("100000000");
  await recharge.getByRole("button", { name: "Recharge" }).click();
  await expect(recharge.getByText("More than the issuing balance holds.")).toBeVisible();
  await recharge.getByLabel("Recharge amount (USD)").fill("5.005");
  await recharge.getByRole("button", { name: "Recharge" }).click();
  await expect(recharge.getByText("Too many decimals for this currency.")).toBeVisible();
  await recharge.getByLabel("Recharge amount (USD)").fill("20");
  await recharge.getByRole("button", { name: "Recharge" }).click();
  await expect(page.locator("#funds")).toContainText("$90.00");

  // A per-transaction limit the simulator then enforces.
  const controls = page.getByRole("form", { name: "Limits and controls" });
  await expect(controls.getByLabel(/^Card limit/)).toHaveCount(0);
  await controls.getByLabel("Per-transaction limit (USD)").fill("10");
  await controls.getByLabel("Merchant category rule").selectOption("blocked");
  await controls.getByLabel("Merchant category codes").fill("7995");
  await controls.getByRole("button", { name: "Add metadata" }).click();
  await controls.getByLabel("Key 1").fill("team");
  await controls.getByLabel("Value 1").fill("ops");
  await controls.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Changes sent to UQPAY.")).toBeVisible();
  await expect(details).toContainText("$10.00");
  await expect(details).toContainText("All except 7995");
  await expect(details).toContainText("team: ops");

  const simulator = page.getByRole("form", { name: "Simulate authorisation" });
  await simulator.getByLabel("Amount").fill("15");
  await simulator.getByLabel("Merchant name").fill("Too Big");
  await simulator.getByRole("button", { name: "Simulate authorisation" }).click();
  await expect(simulator.getByTestId("error-guidance")).toBeVisible();
  await expect(page.locator("#funds")).toContainText("$90.00");
});

test("an admin reveals the card's sensitive details; they hide again after 30 seconds", async ({ pageAs }) => {
  test.setTimeout(60_000);
  const operator = await pageAs("operator");
  const holder = await createCardholder(operator);
  const cardId = await issueTwoStep(operator, { cardholderId: holder.id, productLabel: /40963608 · SHARE/, currency: "USD", limit: "10" });
  await expect(operator.getByRole("button", { name: "Reveal details" })).toHaveCount(0);
  // UQPAY shows details of an active card only (status_not_supported while PENDING).
  await expect(operator.getByTestId("card-details").getByTestId("card-status")).toHaveText("Active", { timeout: 20_000 });

  const admin = await pageAs("admin");
  await admin.clock.install();
  await admin.goto(`/cards/${cardId}`);
  await admin.getByRole("button", { name: "Reveal details" }).click();
  const secure = admin.getByTestId("secure-details");
  await expect(secure).toContainText(/\d{16}/);
  await expect(secure).toContainText(/\d{2}\/\d{2}/);
  await admin.clock.fastForward(31_000);
  await expect(secure).toHaveCount(0);
  await expect(admin.getByRole("button", { name: "Reveal details" })).toBeVisible();

  await admin.goto("/audit");
  const row = admin.getByRole("table", { name: "Audit log" }).getByRole("row").filter({ hasText: "card.reveal_secure_details" }).filter({ hasText: cardId });
  await expect(row).toContainText("admin@example.com");
});
