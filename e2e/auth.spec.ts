import { expect, PASSWORD, signIn, test, USERS } from "./fixtures";

test("a wrong password is refused with a clear message", async ({ page }) => {
  await signIn(page, USERS.operator.email, "not-the-password");
  await expect(page.getByTestId("form-error")).toHaveText("Email or password is incorrect.");
  await expect(page).toHaveURL(/\/login/);
});

test("repeated failures lock the account, even for the right password", async ({ page, pageAs }) => {
  const admin = await pageAs("admin");
  await admin.goto("/settings/team");
  const form = admin.getByRole("form", { name: "Add member" });
  await form.getByLabel("Name").fill("Tess Target");
  await form.getByLabel("Email").fill("target@example.com");
  await form.getByLabel("Initial password").fill(PASSWORD);
  await form.getByRole("button", { name: "Add member" }).click();
  await expect(admin.getByRole("cell", { name: "target@example.com", exact: true })).toBeVisible();

  for (let i = 0; i < 5; i++) {
    await signIn(page, "target@example.com", `wrong-${i}`);
    await expect(page.getByTestId("form-error")).toHaveText("Email or password is incorrect.");
  }
  await signIn(page, "target@example.com", PASSWORD);
  await expect(page.getByTestId("form-error")).toHaveText("Too many failed attempts. Wait 15 minutes and try again.");
  await expect(page).toHaveURL(/\/login/);
});

test("sign-out ends the session on the server: the old cookie no longer works", async ({ page }) => {
  await signIn(page, USERS.operator.email);
  await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
  const signedIn = await page.context().cookies();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.context().addCookies(signedIn);
  await page.goto("/settings/team");
  // The proxy still sees a well-formed token; the server refuses the revoked session itself.
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
});

test("a viewer calling an admin-only action directly is refused", async ({ pageAs }) => {
  const admin = await pageAs("admin");
  await admin.goto("/settings/team");
  const form = admin.getByRole("form", { name: "Add member" });
  await form.getByLabel("Name").fill("Ann Added");
  await form.getByLabel("Email").fill("added-by-admin@example.com");
  await form.getByLabel("Initial password").fill(PASSWORD);
  const actionCall = admin.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"]));
  await form.getByRole("button", { name: "Add member" }).click();
  const call = await actionCall;

  // Replay the same server action with the viewer's session and another email.
  const viewer = await pageAs("viewer");
  const { cookie: _adminCookie, ...headers } = call.headers();
  const body = call.postData()!.replace("added-by-admin@example.com", "sneaky@example.com");
  const response = await viewer.request.post(call.url(), { headers, data: body });
  expect(await response.text()).toContain('"code":"forbidden"');

  await admin.reload();
  await expect(admin.getByRole("cell", { name: "added-by-admin@example.com", exact: true })).toBeVisible();
  await expect(admin.getByRole("cell", { name: "sneaky@example.com", exact: true })).toHaveCount(0);

  // The page hides the controls from a viewer as well.
  await viewer.goto("/settings/team");
  await expect(viewer.getByText("Only administrators can change the team.")).toBeVisible();
  await expect(viewer.getByRole("form", { name: "Add member" })).toHaveCount(0);
});

test("an admin changes a role and disables a member; the member's next request is refused", async ({ browser, pageAs }) => {
  const admin = await pageAs("admin");
  await admin.goto("/settings/team");
  const form = admin.getByRole("form", { name: "Add member" });
  await form.getByLabel("Name").fill("Dora Disabled");
  await form.getByLabel("Email").fill("dora@example.com");
  await form.getByLabel("Initial password").fill(PASSWORD);
  await form.getByRole("button", { name: "Add member" }).click();

  const dora = await (await browser.newContext()).newPage();
  await signIn(dora, "dora@example.com");
  await expect(dora.getByTestId("current-user")).toContainText("Viewer");

  await admin.getByLabel("Role of dora@example.com").selectOption("operator");
  await expect(admin.getByText("dora@example.com is now Operator.")).toBeVisible();
  await dora.reload();
  await expect(dora.getByTestId("current-user")).toContainText("Operator");

  await admin.getByRole("button", { name: "Disable dora@example.com" }).click();
  await expect(admin.getByText("dora@example.com is disabled and can no longer sign in.")).toBeVisible();
  await dora.goto("/settings/team");
  await expect(dora).toHaveURL(/\/login/);
  await signIn(dora, "dora@example.com");
  await expect(dora.getByTestId("form-error")).toHaveText("Email or password is incorrect.");
  await dora.context().close();
});
