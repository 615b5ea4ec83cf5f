import { test as base, expect, type Browser, type Page } from "@playwright/test";

export const PASSWORD = "correct-horse-battery-staple";
export const USERS = {
  admin: { name: "Ada Admin", email: "admin@example.com" },
  operator: { name: "Otto Operator", email: "operator@example.com" },
  viewer: { name: "Vera Viewer", email: "viewer@example.com" },
} as const;
export type RoleName = keyof typeof USERS;

// Kept inside the run's data dir, so parallel e2e runs (other ports, other dirs) never share sessions.
export const storageStatePath = (role: RoleName) => `${process.env.E2E_DATA_DIR ?? ".data/e2e"}/auth/${role}.json`;

export async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

type Fixtures = { pageAs: (role: RoleName) => Promise<Page> };

/** `pageAs("viewer")` opens a page in a fresh context signed in as that role (from the setup project). */
export const test = base.extend<Fixtures>({
  pageAs: async ({ browser }: { browser: Browser }, provide) => {
    const contexts: Awaited<ReturnType<Browser["newContext"]>>[] = [];
    await provide(async (role) => {
      const context = await browser.newContext({ storageState: storageStatePath(role) });
      contexts.push(context);
      return context.newPage();
    });
    await Promise.all(contexts.map((c) => c.close()));
  },
});

export { expect };
