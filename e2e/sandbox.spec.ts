import type { Page } from "@playwright/test";
import { emulator } from "./emulator";
import { expect, test, USERS } from "./fixtures";

// Issue #10: the sandbox workbench. The lifecycle scenario runs through the UI with every step
// green; the emulator controls move the clock, apply a fault preset and reset behind a typed word,
// each change audited; a viewer cannot reach any of it.

async function openSandbox(page: Page) {
  await page.goto("/sandbox");
  await expect(page.getByRole("heading", { name: "Sandbox workbench" })).toBeVisible();
}

test("the card lifecycle scenario runs from the UI and every step turns green", async ({ pageAs }) => {
  test.setTimeout(120_000);
  const page = await pageAs("operator");
  await openSandbox(page);
  const scenario = page.getByRole("list", { name: "Scenarios" }).getByRole("listitem", { name: /^Card lifecycle/ });
  await scenario.getByRole("button", { name: "Run" }).click();
  await expect(page).toHaveURL(/\/sandbox\?run=/);

  const run = page.getByTestId("scenario-run");
  await expect(run.getByTestId("run-status").first()).toHaveText("Passed", { timeout: 90_000 });
  const steps = run.getByTestId("scenario-step");
  await expect(steps).toHaveCount(11);
  for (let i = 0; i < 11; i++) {
    await expect(steps.nth(i)).toHaveAttribute("data-status", "passed");
    await expect(steps.nth(i).getByTestId("step-status")).toHaveText("Passed");
  }

  // A step opens to its request, response, expected vs actual and the webhook that arrived.
  const cancelled = run.getByRole("listitem", { name: "The card is CANCELLED" });
  await cancelled.getByText("The card is CANCELLED").click();
  await expect(cancelled.getByRole("table", { name: "Expected and actual" })).toContainText('"CANCELLED"');
  await expect(cancelled).toContainText("Webhook card.status.update.succeeded");
  const order = run.getByRole("listitem", { name: "Status webhooks arrived in order" });
  await order.getByText("Status webhooks arrived in order").click();
  await expect(order).toContainText('"PRE_CANCEL"');

  // The run is in the history, stored in the console's database.
  await page.reload();
  await expect(page.getByRole("table", { name: "Run history" }).getByRole("row", { name: /Card lifecycle.*Passed/ }).first()).toBeVisible();
});

async function runFromUi(page: Page, title: RegExp) {
  await openSandbox(page);
  const scenario = page.getByRole("list", { name: "Scenarios" }).getByRole("listitem", { name: title });
  await scenario.getByRole("button", { name: "Run" }).click();
  await expect(page).toHaveURL(/\/sandbox\?run=/);
  const run = page.getByTestId("scenario-run");
  await expect(run.getByTestId("run-status").first()).not.toHaveText("Running", { timeout: 90_000 });
  return run;
}

test("every built-in scenario passes from the UI", async ({ pageAs, request }) => {
  test.setTimeout(300_000);
  const page = await pageAs("operator");
  try {
    for (const title of [/^Quickstart/, /^One-step issuance/, /^Payment intents/, /^Error tour/]) {
      const run = await runFromUi(page, title);
      await expect(run.getByTestId("run-status").first(), `${title}`).toHaveText("Passed");
      await expect(run.locator('[data-testid="scenario-step"]:not([data-status="passed"])')).toHaveCount(0);
    }
    // The error tour's step details: both concurrent copies, and request headers with the token masked.
    const run = page.getByTestId("scenario-run");
    const twice = run.getByRole("listitem", { name: /^The same create sent twice at once/ });
    await twice.locator("summary").click();
    await expect(twice.getByTestId("step-copies")).toContainText("2 copies sent at once");
    await expect(twice.getByTestId("step-copies")).toContainText("request_being_processed · as expected");
    const malformed = run.getByRole("listitem", { name: 'An x-auth-token that is not "Bearer <token>"' });
    await malformed.locator("summary").click();
    await expect(malformed).toContainText('"x-auth-token": "Token ••••"');
    await expect(malformed.getByTestId("step-guidance")).toContainText('not of the form "Bearer <token>"');
  } finally {
    await emulator.setFaults(request, []);
  }
});

test("with the flaky network preset the quickstart still passes, one card, retries shown", async ({ pageAs, request }) => {
  test.setTimeout(120_000);
  const page = await pageAs("operator");
  await openSandbox(page);
  try {
    await page.getByRole("region", { name: "Emulator controls" }).getByRole("button", { name: "Flaky network" }).click();
    await expect(page.getByText("Fault rules applied.")).toBeVisible();
    const run = await runFromUi(page, /^Quickstart/);
    await expect(run.getByTestId("run-status").first()).toHaveText("Passed");
    const issue = run.getByRole("listitem", { name: "Issue a virtual card (USD, limit 1000)" });
    await expect(issue).toContainText(/retr/);
    await issue.getByText("Issue a virtual card (USD, limit 1000)").click();
    await expect(issue.getByTestId("step-attempts")).toContainText("#2");
    // The listing step checks total_items: 1 for the run's cardholder — the retried create made one card.
    const active = run.getByRole("listitem", { name: "The card turns ACTIVE (card.create.succeeded)" });
    await active.getByText("The card turns ACTIVE").click();
    await expect(active.getByRole("row", { name: /total_items 1 1 OK/ })).toBeVisible();
  } finally {
    await emulator.setFaults(request, []);
  }
});

test("emulator controls: advance the clock, apply a fault preset, webhook settings and resend, reset behind a typed word — all audited", async ({ pageAs, request }) => {
  test.setTimeout(90_000);
  const page = await pageAs("operator");
  await openSandbox(page);
  const controls = page.getByRole("region", { name: "Emulator controls" });
  const clock = controls.getByTestId("emulator-clock");
  await expect(clock).not.toBeEmpty();
  const before = await clock.textContent();

  await controls.getByRole("button", { name: "+1 day" }).click();
  await expect(page.getByText("The emulator's clock moved on.")).toBeVisible();
  await expect(clock).not.toHaveText(before ?? "");

  try {
    await controls.getByRole("button", { name: "Flaky network" }).click();
    await expect(page.getByText("Fault rules applied.")).toBeVisible();
    await expect(controls.getByTestId("fault-rules")).toContainText("lost_response on POST /v1/issuing/cards");
    await controls.getByRole("button", { name: "Clear faults" }).click();
    await expect(controls.getByTestId("fault-rules")).toContainText("No faults");
  } finally {
    await emulator.setFaults(request, []);
  }

  // Webhook delivery: the duplicate switch round-trips, and a logged delivery can be sent again.
  const webhooks = controls.getByRole("form", { name: "Webhook delivery" });
  await expect(webhooks.getByLabel("Target URL")).toHaveValue(/\/api\/webhooks\/uqpay\//);
  await webhooks.getByLabel("Send every event twice (same event_id)").check();
  await webhooks.getByRole("button", { name: "Save webhook settings" }).click();
  await expect(page.getByText("Webhook settings saved.")).toBeVisible();
  await webhooks.getByLabel("Send every event twice (same event_id)").uncheck();
  await webhooks.getByRole("button", { name: "Save webhook settings" }).click();
  const log = controls.getByRole("table", { name: "Delivery log" });
  await expect(log.getByRole("row").nth(1)).toContainText("Delivered");
  await log.getByRole("button", { name: "Send again" }).first().click();
  await expect(page.getByText("The event was sent again.")).toBeVisible();

  const reset = controls.getByRole("region", { name: "Reset" });
  const resetButton = reset.getByRole("button", { name: "Reset emulator" });
  await expect(resetButton).toBeDisabled();
  await reset.getByLabel("Type RESET to confirm").fill("reset");
  await expect(resetButton).toBeDisabled();
  await reset.getByLabel("Type RESET to confirm").fill("RESET");
  await resetButton.click();
  await expect(page.getByText("The emulator was reset.")).toBeVisible();
  await expect(clock).toContainText(/./);
  await expect(controls).toContainText("(real time)");

  const admin = await pageAs("admin");
  for (const action of ["sandbox.clock.advance", "sandbox.faults.set", "sandbox.webhooks.update", "sandbox.webhooks.redeliver", "sandbox.emulator.reset"]) {
    await admin.goto(`/audit?action=${action}`);
    const table = admin.getByRole("table", { name: "Audit log" });
    await expect(table.getByRole("row").filter({ hasText: USERS.operator.email }).first()).toBeVisible();
  }
});

test("a viewer is refused the workbench, its routes and its actions", async ({ pageAs }) => {
  const page = await pageAs("viewer");
  await page.goto("/");
  await expect(page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Sandbox" })).toHaveCount(0);
  // The shell streams first, so the refusal shows as the 403 page rather than as the HTTP status.
  await page.goto("/sandbox");
  await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Sandbox workbench" })).toHaveCount(0);
  expect((await page.request.get("/api/sandbox/emulator")).status()).toBe(403);
});

async function addConnection(admin: Page, name: string, environment: "sandbox" | "production") {
  await admin.goto("/settings/connections");
  await admin.getByRole("button", { name: "Add connection" }).click();
  const form = admin.getByRole("form", { name: "Add connection" });
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Environment").selectOption(environment);
  await form.getByLabel("Client ID").fill("e2e-client-never-called");
  await form.getByLabel("API key").fill("e2e-key-never-called");
  await form.getByRole("button", { name: "Save" }).click();
  await expect(admin.getByRole("region", { name })).toBeVisible();
}

async function makeActive(admin: Page, name: string) {
  await admin.goto("/settings/connections");
  const region = admin.getByRole("region", { name });
  // The actions stream in with their island: wait for them before asking whether "Make active" is there.
  await expect(region.getByRole("button", { name: "Test connection" })).toBeVisible();
  const button = region.getByRole("button", { name: "Make active" });
  if ((await button.count()) > 0) await button.click();
  await expect(admin.getByTestId("active-connection")).toContainText(name);
}

test("a sandbox connection hides the emulator controls; a production connection is refused the workbench", async ({ pageAs }) => {
  test.setTimeout(90_000);
  const admin = await pageAs("admin");
  const operator = await pageAs("operator");
  const names = ["E2E UQPAY sandbox", "E2E UQPAY production"];
  try {
    await addConnection(admin, names[0], "sandbox");
    await addConnection(admin, names[1], "production");

    await makeActive(admin, names[0]);
    await openSandbox(operator);
    await expect(operator.getByText("On a sandbox connection only the steps marked sandbox-safe run")).toBeVisible();
    await expect(operator.getByRole("list", { name: "Scenarios" }).getByRole("listitem", { name: /^Error tour/ })).toContainText(/\d+ sandbox-safe/);
    await expect(operator.getByText("The emulator controls are shown only when the active connection is the emulator.")).toBeVisible();
    await expect(operator.getByRole("region", { name: "Emulator controls" })).toHaveCount(0);
    await expect(operator.getByRole("button", { name: "Reset emulator" })).toHaveCount(0);
    expect((await operator.request.get("/api/sandbox/emulator")).status()).toBe(409);

    await makeActive(admin, names[1]);
    await operator.goto("/sandbox");
    await expect(operator.getByRole("heading", { name: "Sandbox workbench" })).toBeVisible();
    await expect(operator.getByText(/The sandbox workbench is not available on a production connection/)).toBeVisible();
    await expect(operator.getByRole("list", { name: "Scenarios" })).toHaveCount(0);
    await expect(operator.getByRole("button", { name: "Run" })).toHaveCount(0);
    await expect(operator.getByRole("region", { name: "Emulator controls" })).toHaveCount(0);
    expect((await operator.request.get("/api/sandbox/emulator")).status()).toBe(409);
  } finally {
    // The other specs expect the emulator as the active connection; only inactive connections can be deleted.
    await makeActive(admin, "Local emulator");
    for (const name of names) {
      const card = admin.getByRole("region", { name });
      if ((await card.count()) === 0) continue;
      await card.getByRole("button", { name: "Delete" }).click();
      await admin.getByRole("dialog").getByRole("button", { name: "Delete" }).click();
      await expect(card).toHaveCount(0);
    }
  }
});
