import { emulator, SEEDED_PRODUCTS } from "./emulator";
import { expect, test } from "./fixtures";

test("a viewer sees every seeded product, the simulator badge on BIN 40963608 and nested required fields", async ({ pageAs }) => {
  const page = await pageAs("viewer");
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Card products" }).click();
  await expect(page.getByRole("heading", { name: "Card products" })).toBeVisible();

  const table = page.getByRole("table", { name: "Card products" });
  for (const id of Object.values(SEEDED_PRODUCTS)) await expect(table.getByText(id, { exact: true })).toBeVisible();
  const row = (id: string) => table.getByRole("row").filter({ has: page.getByText(id, { exact: true }) });

  await expect(row(SEEDED_PRODUCTS.visaShare).getByText("Simulator", { exact: true })).toBeVisible();
  await expect(row(SEEDED_PRODUCTS.visaSingle).getByText("Simulator", { exact: true })).toBeVisible();
  await expect(row(SEEDED_PRODUCTS.mastercard).getByText("Simulator", { exact: true })).toHaveCount(0);
  await expect(row(SEEDED_PRODUCTS.visaShare)).toContainText("Shared balance");
  await expect(row(SEEDED_PRODUCTS.visaShare)).toContainText("Virtual, Physical");
  await expect(row(SEEDED_PRODUCTS.visaShare)).toContainText("USD, SGD");
  await expect(row(SEEDED_PRODUCTS.visaSingle)).toContainText("Prepaid");
  await expect(row(SEEDED_PRODUCTS.visaEnhanced)).toContainText("Enhanced");
  await expect(row(SEEDED_PRODUCTS.disabled)).toContainText("Disabled");

  // The address product: residential_address nests its own fields.
  await row(SEEDED_PRODUCTS.visaAddress).getByRole("button", { name: /Show fields/ }).click();
  const tree = page.getByRole("list", { name: "Required fields of VISA 48512200" });
  const address = tree.getByRole("listitem").filter({ has: page.getByText("residential_address", { exact: true }) });
  await expect(address.getByText("Cardholder residential address")).toBeVisible();
  await expect(address.getByRole("listitem").filter({ hasText: "city" }).getByText("required")).toBeVisible();
  await expect(address.getByRole("listitem").filter({ hasText: "postal_code" }).getByText("optional")).toBeVisible();

  // The ENHANCED product: kyc_verification → kyc_proof → reference_id, two levels deep.
  await row(SEEDED_PRODUCTS.visaEnhanced).getByRole("button", { name: /Show fields/ }).click();
  const enhanced = page.getByRole("list", { name: "Required fields of VISA 42211800" });
  const proof = enhanced.getByRole("listitem").filter({ has: page.getByText("kyc_proof", { exact: true }) });
  await expect(proof.getByText("reference_id", { exact: true })).toBeVisible();

  // Read-only for everyone: nothing on the page changes a product.
  await expect(page.getByRole("button", { name: /create|edit|delete|save/i })).toHaveCount(0);
});

test("the product list is cached per connection for a minute", async ({ pageAs, request }) => {
  const page = await pageAs("operator");
  await page.goto("/products");
  await expect(page.getByRole("table", { name: "Card products" })).toBeVisible();
  const before = (await emulator.requests(request, "/api/v1/issuing/products")).data.length;
  await page.reload();
  await expect(page.getByRole("table", { name: "Card products" })).toBeVisible();
  expect((await emulator.requests(request, "/api/v1/issuing/products")).data.length).toBe(before);
});
