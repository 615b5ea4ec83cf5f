import { EMULATOR_URL } from "./emulator";
import { expect, test } from "./fixtures";

test("the emulator is registered as the active connection and answers a connection test", async ({ pageAs }) => {
  const page = await pageAs("admin");
  await page.goto("/settings/connections");
  await expect(page.getByTestId("active-connection")).toContainText("Local emulator");
  const card = page.getByRole("region", { name: "Local emulator" });
  await expect(card.getByText("Active", { exact: true })).toBeVisible();
  await card.getByRole("button", { name: "Test connection" }).click();
  await expect(card.getByTestId("connection-test-result")).toContainText(/Connected: token in \d+ ms, products in \d+ ms \(\d+ products\)/);
});

test("a connection with a wrong API key explains the failure; secrets never come back to the page", async ({ pageAs }) => {
  const page = await pageAs("admin");
  await page.goto("/settings/connections");
  await page.getByRole("button", { name: "Add connection" }).click();
  const form = page.getByRole("form", { name: "Add connection" });
  await form.getByLabel("Name").fill("Broken emulator");
  await form.getByLabel("Environment").selectOption("emulator");
  await form.getByLabel("Base URL").fill(`${EMULATOR_URL}/api`);
  await form.getByLabel("Client ID").fill("uqpayEmulatorClient001");
  await form.getByLabel("API key").fill("sk_wrong_key_value_9f3c");
  await form.getByLabel("Webhook secret").fill("whsec_never_shown_77aa");
  await form.getByRole("button", { name: "Save" }).click();
  const card = page.getByRole("region", { name: "Broken emulator" });
  await expect(card).toBeVisible();
  await expect(card.getByText("•••• 9f3c")).toBeVisible();

  await card.getByRole("button", { name: "Test connection" }).click();
  await expect(card.getByTestId("error-guidance")).toContainText("UQPAY 401");
  await expect(card.getByTestId("error-guidance")).toContainText("What to do:");

  const html = await page.content();
  expect(html).not.toContain("sk_wrong_key_value_9f3c");
  expect(html).not.toContain("whsec_never_shown_77aa");
  await page.reload();
  expect(await page.content()).not.toContain("sk_wrong_key_value_9f3c");

  await card.getByRole("button", { name: "Delete" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Delete" }).click();
  await expect(page.getByRole("region", { name: "Broken emulator" })).toHaveCount(0);
});

test("connections are for admins only", async ({ pageAs }) => {
  const page = await pageAs("operator");
  await page.goto("/settings/connections");
  // The shell streams first, so the refusal shows as the 403 page rather than as the HTTP status.
  await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Local emulator" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Connections" })).toHaveCount(0);
});
