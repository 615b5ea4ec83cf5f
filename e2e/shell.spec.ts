import { expect, test } from "./fixtures";

test("language switch to Simplified Chinese persists across reloads", async ({ pageAs }) => {
  const page = await pageAs("operator");
  await page.goto("/");
  await page.getByLabel("Language").selectOption("zh-CN");
  await expect(page.getByRole("heading", { name: "概览" })).toBeVisible();
  await expect(page.getByRole("link", { name: "团队" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { name: "概览" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await page.getByLabel("语言").selectOption("en");
  await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
});

test("dark mode can be chosen and is remembered", async ({ pageAs }) => {
  const page = await pageAs("viewer");
  await page.goto("/");
  await page.getByRole("button", { name: "Theme" }).click();
  await page.getByRole("menuitemradio", { name: "Dark" }).click();
  await expect(page.locator("html")).toHaveClass(/dark/);
  await page.reload();
  await expect(page.locator("html")).toHaveClass(/dark/);
});

test("unknown pages show a not-found page", async ({ pageAs }) => {
  const page = await pageAs("viewer");
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});
