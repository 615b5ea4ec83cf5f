import { emulator } from "./emulator";
import { expect, test } from "./fixtures";
import { createCardholder, issueForm, selectProduct, uniqueHolder } from "./cards-support";
import type { Locator } from "@playwright/test";

async function fillBasics(form: Locator, who = uniqueHolder()) {
  await form.getByLabel("First name").fill("Mei");
  await form.getByLabel("Last name").fill("Tan");
  await form.getByLabel("Email").fill(who.email);
  await form.getByLabel("Country of residence").selectOption("SG");
  await form.getByLabel("Phone number").fill(who.phone);
  await form.getByLabel("Date of birth").fill("1988-02-29");
  return who;
}

// Seed 001: one-step issuance on a product whose required_fields nest an address object.
test("seed 001: one-step on a product with a nested address marks the missing fields, then issues", async ({ pageAs }) => {
  test.setTimeout(60_000);
  const page = await pageAs("operator");
  await page.goto("/cards/new");
  const form = issueForm(page);
  await form.getByLabel("New cardholder with the card (one-step)").check();
  await selectProduct(form, /48512200/);
  await form.getByRole("button", { name: "Issue card" }).click();

  await expect(form.getByLabel("First name")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  const address = form.getByRole("group", { name: "Residential address" });
  await expect(address.getByLabel("City")).toHaveAttribute("aria-invalid", "true");
  await expect(address.getByLabel("Address line 1")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("status", { name: "UQPAY accepted the card" })).toHaveCount(0);

  await fillBasics(form);
  await address.getByLabel("Country").selectOption("SG");
  await address.getByLabel("City").fill("Singapore");
  await address.getByLabel("Address line 1").fill("8 Marina View");
  await form.getByLabel("Card limit (USD)").fill("250");
  await form.getByRole("button", { name: "Issue card" }).click();

  const result = page.getByRole("status", { name: "UQPAY accepted the card" });
  await expect(result).toContainText("Cardholder created");
  await expect(result).toContainText("Yes");
  await expect(result).toContainText(/Cardholder id[0-9a-f-]{36}/);
});

test("seed 001: an ENHANCED product shows the IDV link with a countdown; completing IDV activates the card", async ({ pageAs, request }) => {
  test.setTimeout(90_000);
  const page = await pageAs("operator");
  await page.goto("/cards/new");
  const form = issueForm(page);
  await form.getByLabel("New cardholder with the card (one-step)").check();
  await selectProduct(form, /42211800/);
  await fillBasics(form);
  await form.getByLabel("Nationality").selectOption("SG");
  await form.getByLabel("Verification method").selectOption("SUMSUB_REDIRECT");
  await form.getByRole("button", { name: "Issue card" }).click();

  const result = page.getByRole("status", { name: "UQPAY accepted the card" });
  await expect(result).toContainText("ACTION_REQUIRED");
  await expect(result.getByRole("link", { name: "Identity verification link" })).toHaveAttribute("href", /idv/);
  await expect(result).toContainText(/Link expires:.*left/);
  const cardholderId = /Cardholder id([0-9a-f-]{36})/.exec((await result.textContent()) ?? "")![1];

  await result.getByRole("link", { name: "Open the card" }).click();
  const status = page.getByTestId("card-details").getByTestId("card-status");
  await expect(status).toHaveText("Pending");
  await emulator.completeIdv(request, cardholderId, "approve");
  await expect(status).toHaveText("Active", { timeout: 20_000 });
});

test("two-step kyc_insufficient: the fields the cardholder lacks for the product are asked for and marked", async ({ pageAs }) => {
  test.setTimeout(60_000);
  const page = await pageAs("operator");
  const holder = await createCardholder(page);
  await page.goto(`/cards/new?cardholder_id=${holder.id}`);
  const form = issueForm(page);
  await selectProduct(form, /48512200/);
  await form.getByRole("button", { name: "Issue card" }).click();

  await expect(page.getByTestId("error-guidance")).toContainText("kyc_insufficient");
  await expect(form.getByText("UQPAY needs more details about this cardholder")).toBeVisible();
  await expect(form.getByLabel("Date of birth")).toHaveAttribute("aria-invalid", "true");
  const address = form.getByRole("group", { name: "Residential address" });
  await form.getByLabel("Date of birth").fill("1990-05-17");
  await address.getByLabel("Country").selectOption("SG");
  await address.getByLabel("City").fill("Singapore");
  await address.getByLabel("Address line 1").fill("1 Raffles Place");
  await form.getByRole("button", { name: "Issue card" }).click();
  await expect(page.getByRole("status", { name: "UQPAY accepted the card" })).toContainText("Pending");
});
