import { expect, test } from "@playwright/test";
import { PASSWORD, signIn, storageStatePath, USERS } from "./fixtures";

test.describe.configure({ mode: "serial" });

test("first run: /setup creates the first admin, then is gone", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/setup$/);
  await page.getByLabel("Name").fill(USERS.admin.name);
  await page.getByLabel("Email").fill(USERS.admin.email);
  await page.getByLabel("Password", { exact: true }).fill("short");
  await page.getByLabel("Confirm password").fill("different");
  await page.getByRole("button", { name: "Create administrator" }).click();
  await expect(page.getByText("Use at least 12 characters.")).toBeVisible();
  await expect(page.getByText("The passwords do not match.")).toBeVisible();

  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByLabel("Confirm password").fill(PASSWORD);
  const setupCall = page.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"]));
  await page.getByRole("button", { name: "Create administrator" }).click();
  await expect(page).toHaveURL(/\/login\?setup=done/);
  await expect(page.getByText("Administrator created.")).toBeVisible();

  await page.goto("/setup");
  await expect(page).toHaveURL(/\/login/);

  // Called directly (not through the page), the setup action now refuses a second administrator.
  const call = await setupCall;
  const body = call.postData()!.replace(USERS.admin.email, "intruder@example.com");
  const replay = await page.request.post(call.url(), { headers: call.headers(), data: body });
  expect(await replay.text()).toContain("setup_closed");
});

test("admin signs in and adds an operator and a viewer", async ({ page }) => {
  await signIn(page, USERS.admin.email);
  await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
  await expect(page.getByTestId("current-user")).toContainText("Ada Admin");
  await expect(page.getByTestId("current-user")).toContainText("Admin");
  await page.context().storageState({ path: storageStatePath("admin") });

  await page.getByRole("link", { name: "Team" }).click();
  const form = page.getByRole("form", { name: "Add member" });
  for (const role of ["operator", "viewer"] as const) {
    await form.getByLabel("Name").fill(USERS[role].name);
    await form.getByLabel("Email").fill(USERS[role].email);
    await form.getByLabel("Role").selectOption(role);
    await form.getByLabel("Initial password").fill(PASSWORD);
    await form.getByRole("button", { name: "Add member" }).click();
    await expect(page.getByRole("cell", { name: USERS[role].email, exact: true })).toBeVisible();
  }

  await form.getByLabel("Name").fill("Dup");
  await form.getByLabel("Email").fill(USERS.viewer.email);
  await form.getByLabel("Initial password").fill(PASSWORD);
  await form.getByRole("button", { name: "Add member" }).click();
  await expect(form.getByText("A member with this email already exists.")).toBeVisible();
});

for (const role of ["operator", "viewer"] as const) {
  test(`${role} signs in`, async ({ page }) => {
    await signIn(page, USERS[role].email);
    await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
    await expect(page.getByTestId("current-user")).toContainText(USERS[role].name);
    await page.context().storageState({ path: storageStatePath(role) });
  });
}
