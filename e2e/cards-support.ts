import type { APIRequestContext, Locator, Page } from "@playwright/test";
import { EMULATOR_URL } from "./emulator";
import { expect } from "./fixtures";

// Straight-to-the-emulator reads for assertions the UI should not be trusted with (how many cards
// exist, the issuing balance), with the emulator's seeded credentials.
const CLIENT_ID = "uqpayEmulatorClient001";
const API_KEY = "emu_sk_test_0123456789abcdef";

async function token(request: APIRequestContext): Promise<string> {
  const response = await request.post(`${EMULATOR_URL}/api/v1/connect/token`, { headers: { "x-client-id": CLIENT_ID, "x-api-key": API_KEY } });
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { auth_token: string }).auth_token;
}

export const uqpayApi = {
  async cardsOf(request: APIRequestContext, cardholderId: string) {
    const auth = await token(request);
    const response = await request.get(`${EMULATOR_URL}/api/v1/issuing/cards?cardholder_id=${cardholderId}&page_size=100&page_number=1`, {
      headers: { "x-auth-token": `Bearer ${auth}` },
    });
    return (await response.json()) as { total_items: number; data: { card_id: string; card_number: string; card_status: string }[] };
  },
  async issuingBalance(request: APIRequestContext, currency: string): Promise<string> {
    const auth = await token(request);
    const response = await request.post(`${EMULATOR_URL}/api/v1/issuing/balances`, {
      headers: { "x-auth-token": `Bearer ${auth}`, "x-idempotency-key": crypto.randomUUID() },
      data: { currency },
    });
    return String(((await response.json()) as { available_balance: string | number }).available_balance);
  },
};

// The emulator keeps its data for the whole run: every cardholder gets its own email and phone.
let serial = 0;
export function uniqueHolder() {
  serial += 1;
  const n = `${Date.now() % 1_000_000}${serial}`.slice(-7).padStart(7, "0");
  return { email: `card.test+${n}@example.com`, phone: `8${n}` };
}

/** Seed 000's Alex Chen, created through the Cardholders page; returns the new cardholder's id. */
export async function createCardholder(page: Page, who = uniqueHolder()): Promise<{ id: string; email: string }> {
  await page.goto("/cardholders/new");
  const form = page.getByRole("form", { name: "Create cardholder" });
  await form.getByLabel("First name").fill("Alex");
  await form.getByLabel("Last name").fill("Chen");
  await form.getByLabel("Email").fill(who.email);
  await form.getByLabel("Country of residence").selectOption("SG");
  await form.getByLabel("Phone number").fill(who.phone);
  await form.getByRole("button", { name: "Create cardholder" }).click();
  await expect(page).toHaveURL(/\/cardholders\/[0-9a-f-]{36}$/);
  return { id: page.url().split("/").pop()!, email: who.email };
}

export const issueForm = (page: Page): Locator => page.getByRole("form", { name: "Issue a card" });

/** Fills the two-step issue form for a cardholder id already in the URL and submits it. */
export async function issueTwoStep(page: Page, opts: { cardholderId: string; productLabel: RegExp; currency: string; limit: string }) {
  await page.goto(`/cards/new?cardholder_id=${opts.cardholderId}`);
  const form = issueForm(page);
  await expect(form.getByTestId("chosen-cardholder")).toBeVisible();
  await selectProduct(form, opts.productLabel);
  await form.getByLabel("Currency").selectOption(opts.currency);
  await form.getByLabel(/^Card limit/).fill(opts.limit);
  await form.getByRole("button", { name: "Issue card" }).click();
  const result = page.getByRole("status", { name: "UQPAY accepted the card" });
  await expect(result).toBeVisible();
  await result.getByRole("link", { name: "Open the card" }).click();
  await expect(page).toHaveURL(/\/cards\/[0-9a-f-]{36}$/);
  return page.url().split("/").pop()!;
}

export async function selectProduct(form: Locator, label: RegExp) {
  const select = form.getByLabel("Product");
  // The options arrive with the product list; wait for the one we want rather than read too early.
  let options: string[] = [];
  await expect
    .poll(async () => {
      options = await select.locator("option").allTextContents();
      return options.some((o) => label.test(o));
    }, { message: `a product option matching ${label}`, timeout: 15_000 })
    .toBe(true);
  await select.selectOption({ label: options.find((o) => label.test(o))! });
}
