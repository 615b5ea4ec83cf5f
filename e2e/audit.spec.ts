import { readFileSync } from "node:fs";
import { expect, test, USERS } from "./fixtures";

test("the audit log shows sign-ins and member changes, filters by action, and exports the filtered set", async ({ pageAs }) => {
  const page = await pageAs("viewer");
  await page.goto("/audit");
  const table = page.getByRole("table", { name: "Audit log" });
  await expect(table.getByRole("cell", { name: "auth.sign_in" }).first()).toBeVisible();

  const filters = page.getByRole("search", { name: "Audit filters" });
  await filters.getByLabel("Action").selectOption("team.add_member");
  await filters.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/action=team.add_member/);
  await expect(table.getByRole("cell", { name: USERS.viewer.email, exact: true })).toBeVisible();
  const rows = table.getByRole("row");
  const shown = (await rows.count()) - 1;
  for (let i = 1; i <= shown; i++) await expect(rows.nth(i)).toContainText("team.add_member");

  const download = page.waitForEvent("download");
  await filters.getByRole("link", { name: "Export CSV" }).click();
  const csv = readFileSync((await (await download).path())!, "utf8").trim().split("\n");
  expect(csv[0]).toBe("at,actor_email,actor_role,action,target,outcome,idempotency_key,error_code,details");
  expect(csv).toHaveLength(shown + 1);
  expect(csv.slice(1).every((line) => line.includes(",team.add_member,"))).toBe(true);
});

test("the CSV export refuses a signed-out caller", async ({ request }) => {
  const response = await request.get("/api/audit/export");
  expect(response.status()).toBe(401);
});
