import { emulator } from "./emulator";
import { expect, test } from "./fixtures";
import { createCardholder, issueTwoStep, uqpayApi } from "./cards-support";
import type { Page } from "@playwright/test";

const ACTION_BUTTONS = /^(Freeze|Unfreeze|Cancel card|Recharge|Withdraw|Save changes|Reveal details|Simulate authorisation|Reverse authorisation)$/;

async function waitActive(page: Page) {
  await expect(page.getByTestId("card-details").getByTestId("card-status")).toHaveText("Active", { timeout: 20_000 });
}

// Seed 002: freeze (with a reason), a declined authorisation while frozen, unfreeze, cancel →
// PRE_CANCEL with no actions, 30 days later CANCELLED and the SINGLE balance back in the issuing balance.
test("seed 002: freeze, declined while frozen, unfreeze, cancel, 30 days later cancelled with the balance returned", async ({ pageAs, request }) => {
  test.setTimeout(120_000);
  const page = await pageAs("operator");
  const holder = await createCardholder(page);
  const before = await uqpayApi.issuingBalance(request, "USD");
  await issueTwoStep(page, { cardholderId: holder.id, productLabel: /40963608 · SINGLE/, currency: "USD", limit: "300" });
  await waitActive(page);
  const details = page.getByTestId("card-details");
  await expect(details).toContainText("$300.00");

  await page.getByRole("button", { name: "Freeze", exact: true }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("button", { name: "Freeze card" }).click();
  await expect(dialog.getByText("Say why the card is frozen.")).toBeVisible();
  await dialog.getByLabel("Reason").fill("Lost wallet reported by phone");
  await dialog.getByRole("button", { name: "Freeze card" }).click();
  // The toaster loads on this first toast (components/toaster.tsx).
  await expect(page.getByText("Card frozen.")).toBeVisible();
  await expect(details.getByTestId("card-status")).toHaveText("Frozen");
  await expect(details).toContainText("Lost wallet reported by phone");
  await expect(page.getByRole("button", { name: "Freeze", exact: true })).toHaveCount(0);

  const simulator = page.getByRole("form", { name: "Simulate authorisation" });
  await simulator.getByLabel("Amount").fill("10");
  await simulator.getByLabel("Merchant name").fill("Frozen Shop");
  await simulator.getByRole("button", { name: "Simulate authorisation" }).click();
  await expect(page.getByTestId("simulation-result").first()).toContainText("DECLINED");
  await expect(details).toContainText("$300.00");

  await page.getByRole("button", { name: "Unfreeze" }).click();
  await expect(details.getByTestId("card-status")).toHaveText("Active");

  await page.getByRole("button", { name: "Cancel card" }).click();
  const confirm = page.getByRole("dialog");
  await expect(confirm).toContainText("cannot be undone");
  await expect(confirm).toContainText("$300.00");
  await expect(confirm.getByRole("link", { name: "Withdraw it first" })).toBeVisible();
  await confirm.getByRole("button", { name: "Cancel card permanently" }).click();
  await expect(details.getByTestId("card-status")).toHaveText("Cancelling");
  await expect(page.getByTestId("cancel-date")).toContainText("Becomes cancelled on");
  for (const name of ["Freeze", "Unfreeze", "Cancel card", "Recharge", "Withdraw", "Save changes"]) {
    await expect(page.getByRole("button", { name, exact: true })).toHaveCount(0);
  }
  // A SINGLE card holds its funds while PRE_CANCEL: they left the issuing balance at creation.
  expect(Number(await uqpayApi.issuingBalance(request, "USD"))).toBeLessThan(Number(before));

  await emulator.advanceClock(request, 30 * 24 * 60 * 60 + 60);
  await page.reload();
  await expect(details.getByTestId("card-status")).toHaveText("Cancelled");
  expect(await uqpayApi.issuingBalance(request, "USD")).toBe(before);
});

test("a viewer sees no card actions, and a replayed freeze is refused server-side", async ({ pageAs }) => {
  test.setTimeout(90_000);
  const operator = await pageAs("operator");
  const holder = await createCardholder(operator);
  const cardId = await issueTwoStep(operator, { cardholderId: holder.id, productLabel: /40963608 · SINGLE/, currency: "USD", limit: "40" });
  await waitActive(operator);

  // Capture a real freeze request, then replay it with the viewer's session.
  await operator.getByRole("button", { name: "Freeze", exact: true }).click();
  await operator.getByRole("dialog").getByLabel("Reason").fill("captured");
  const call = operator.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"]));
  await operator.getByRole("dialog").getByRole("button", { name: "Freeze card" }).click();
  const captured = await call;
  await expect(operator.getByTestId("card-details").getByTestId("card-status")).toHaveText("Frozen");

  const viewer = await pageAs("viewer");
  await viewer.goto(`/cards/${cardId}`);
  await expect(viewer.getByTestId("card-details").getByTestId("card-status")).toHaveText("Frozen");
  await expect(viewer.getByRole("button", { name: ACTION_BUTTONS })).toHaveCount(0);
  await viewer.goto("/cards");
  await expect(viewer.getByRole("link", { name: "Issue a card" })).toHaveCount(0);
  // Filters live in the URL; the status filter is UQPAY's, the product filter reads the card index.
  await viewer.getByLabel("Status").selectOption("FROZEN");
  await expect(viewer).toHaveURL(/status=FROZEN/);
  const table = viewer.getByRole("table", { name: "Cards" });
  await expect(table.getByRole("row").filter({ hasText: holder.email })).toContainText("Frozen");
  await expect(table.getByRole("row").filter({ hasText: "Active" })).toHaveCount(0);
  await viewer.getByLabel("Product").selectOption({ label: "VISA · 40963608 · SHARE" });
  await expect(viewer).toHaveURL(/product_id=/);
  await expect(viewer.getByText("No cards match these filters.")).toBeVisible();
  await viewer.goBack();
  await expect(table.getByRole("row").filter({ hasText: holder.email })).toBeVisible();
  await viewer.goto("/cards/new");
  await expect(viewer.getByRole("heading", { name: "Issue a card" })).toHaveCount(0);

  const { cookie: _operatorCookie, ...headers } = captured.headers();
  const body = captured.postData()!.replace(/"operationId":"[0-9a-f-]{36}"/, `"operationId":"${crypto.randomUUID()}"`);
  const response = await viewer.request.post(captured.url(), { headers, data: body });
  expect(await response.text()).toContain('"code":"forbidden"');
});
