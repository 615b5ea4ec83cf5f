import { expect, test } from "./fixtures";
import { createCardholder, issueForm, selectProduct, uqpayApi } from "./cards-support";

// Seed 000: a cardholder, the simulator-capable virtual product (BIN 40963608), a USD card with
// limit 1000 that turns ACTIVE by itself, then an authorisation and its reversal.
test("seed 000: issue a USD card, watch it activate, authorise and reverse", async ({ pageAs }) => {
  test.setTimeout(90_000);
  const page = await pageAs("operator");
  const holder = await createCardholder(page);

  await page.goto("/cards");
  await page.getByRole("link", { name: "Issue a card" }).click();
  const form = issueForm(page);
  await form.getByLabel("Find a cardholder").fill(holder.email);
  await form.getByRole("button", { name: `Choose ${holder.email}` }).click();
  await expect(form.getByTestId("chosen-cardholder")).toContainText(holder.email);
  await selectProduct(form, /VISA · 40963608 · SHARE \(simulator\)/);
  await form.getByLabel("Currency").selectOption("USD");
  await form.getByLabel("Card limit (USD)").fill("1000");
  await form.getByRole("button", { name: "Issue card" }).click();

  const result = page.getByRole("status", { name: "UQPAY accepted the card" });
  await expect(result).toContainText("Pending");
  await expect(result).toContainText("PROCESSING");
  await result.getByRole("link", { name: "Open the card" }).click();
  await expect(page).toHaveURL(/\/cards\/[0-9a-f-]{36}$/);

  // PENDING turns ACTIVE on screen without a reload (the page polls while the card settles).
  const details = page.getByTestId("card-details");
  await expect(details.getByTestId("card-status")).toHaveText("Active", { timeout: 20_000 });
  await expect(details).toContainText("$1,000.00");

  const simulator = page.getByRole("form", { name: "Simulate authorisation" });
  await simulator.getByLabel("Amount").fill("120.50");
  await simulator.getByLabel("Merchant name").fill("Seed Shop");
  await expect(simulator.getByLabel("Merchant category code")).toHaveValue("5734");
  await simulator.getByRole("button", { name: "Simulate authorisation" }).click();
  const authorised = page.getByTestId("simulation-result").first();
  await expect(authorised).toContainText("APPROVED");
  await expect(authorised).toContainText("$879.50");
  await expect(details).toContainText("$879.50");

  const reversal = page.getByRole("form", { name: "Reverse authorisation" });
  await expect(reversal.getByLabel("Authorisation")).toContainText("Seed Shop");
  await reversal.getByRole("button", { name: "Reverse authorisation" }).click();
  await expect(reversal.getByTestId("simulation-result")).toContainText("REVERSAL");
  await expect(reversal.getByTestId("simulation-result")).toContainText("$1,000.00");
  await expect(details).toContainText("$1,000.00");
  await expect(reversal).toContainText("No approved authorisation to reverse.");
});

test("a double click on Issue issues exactly one card; search by last 4 finds it", async ({ pageAs, request }) => {
  test.setTimeout(60_000);
  const page = await pageAs("operator");
  const holder = await createCardholder(page);
  await page.goto(`/cards/new?cardholder_id=${holder.id}`);
  const form = issueForm(page);
  await expect(form.getByTestId("chosen-cardholder")).toContainText(holder.email);
  await selectProduct(form, /40963608 · SHARE/);
  await form.getByLabel("Card limit (USD)").fill("50");
  const call = page.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"]));
  await form.getByRole("button", { name: "Issue card" }).dblclick();
  await expect(page.getByRole("status", { name: "UQPAY accepted the card" })).toBeVisible();

  // The same operation sent again, twice at once (a retry storm), is answered from the ledger.
  const captured = await call;
  const replays = await Promise.all([0, 1].map(() => page.request.post(captured.url(), { headers: captured.headers(), data: captured.postData()! })));
  for (const replay of replays) expect(await replay.text()).toContain('"replayed":true');

  const cards = await uqpayApi.cardsOf(request, holder.id);
  expect(cards.total_items).toBe(1);
  const last4 = cards.data[0].card_number.slice(-4);

  await page.goto("/cards");
  await page.getByRole("searchbox", { name: "Search" }).fill(last4);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(new RegExp(`q=${last4}`));
  const table = page.getByRole("table", { name: "Cards" });
  await expect(table.getByRole("link", { name: new RegExp(`${last4}$`) }).first()).toBeVisible();
  await expect(table).toContainText(holder.email);

  await page.getByRole("searchbox", { name: "Search" }).fill(holder.email.toUpperCase());
  await page.getByRole("button", { name: "Search" }).click();
  await expect(table.getByRole("row")).toHaveCount(2);
});
