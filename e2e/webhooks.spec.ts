import { emulatorApi, SEEDED_PRODUCTS } from "./emulator";
import { expect, test } from "./fixtures";

const DEFAULT_CONNECTION = "00000000-0000-4000-8000-00000000e001";

test("a card created at UQPAY arrives as a signed, accepted card.create.succeeded in the inbox", async ({ pageAs, request }) => {
  const api = await emulatorApi(request);
  const n = String(Date.now()).slice(-7);
  const holder = await api.post<{ cardholder_id: string }>("/v1/issuing/cardholders", {
    first_name: "Wendy", last_name: "Hook", email: `wendy.${n}@example.com`, country_code: "SG", phone_number: `8${n}`,
  });
  const card = await api.post<{ card_id: string }>("/v1/issuing/cards", {
    cardholder_id: holder.cardholder_id, card_product_id: SEEDED_PRODUCTS.visaShare, card_currency: "USD", card_limit: 100,
  });

  const page = await pageAs("viewer");
  await expect(async () => {
    await page.goto(`/webhooks?type=card.create.succeeded&card=${card.card_id}`);
    await expect(page.getByRole("table", { name: "Webhooks" }).getByText("Signature valid")).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  const row = page.getByRole("row").filter({ hasText: "card.create.succeeded" });
  await expect(row.getByText("Accepted")).toBeVisible();
  await expect(row.getByText("Applied", { exact: true })).toBeVisible();
  await row.getByText("Payload").click();
  await expect(row.getByText(card.card_id).last()).toBeVisible();
  await expect(row.getByRole("button", { name: "Apply again" })).toHaveCount(0);
});

test("a forged delivery is refused with 401 and listed as rejected", async ({ pageAs, request }) => {
  const body = JSON.stringify({ version: "V1.6.0", event_name: "ISSUING", event_type: "card.status.update.succeeded", event_id: crypto.randomUUID(), data: { card_id: "forged" } });
  const response = await request.post(`/api/webhooks/uqpay/${DEFAULT_CONNECTION}`, {
    headers: { "content-type": "application/json", "x-wk-timestamp": String(Math.floor(Date.now() / 1000)), "x-wk-signature": "ab".repeat(64) },
    data: body,
  });
  expect(response.status()).toBe(401);

  const page = await pageAs("admin");
  await page.goto("/webhooks?status=rejected");
  const row = page.getByRole("row").filter({ hasText: "card.status.update.succeeded" }).first();
  await expect(row.getByText("Rejected")).toBeVisible();
  await expect(row.getByText("Signature does not match")).toBeVisible();
  await expect(row.getByRole("button", { name: "Apply again" })).toHaveCount(0);
});
