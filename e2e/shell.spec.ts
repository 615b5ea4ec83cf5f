import { readFileSync } from "node:fs";
import path from "node:path";
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
  const theme = page.getByRole("group", { name: "Theme" });
  await theme.getByRole("button", { name: "Dark" }).click();
  await expect(page.locator("html")).toHaveClass(/dark/);
  await expect(theme.getByRole("button", { name: "Dark" })).toHaveAttribute("aria-pressed", "true");
  await page.reload();
  await expect(page.locator("html")).toHaveClass(/dark/);
  // The page really is dark: the body's background follows the chosen theme, not the system's.
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe("rgb(11, 15, 23)");
  await theme.getByRole("button", { name: "System" }).click();
  await expect(page.locator("html")).not.toHaveClass(/dark/);
});

test("on a phone the sections are behind a menu, and the header stays on the screen", async ({ pageAs }) => {
  const page = await pageAs("viewer");
  await page.setViewportSize({ width: 412, height: 823 });
  await page.goto("/");
  await expect(page.getByRole("navigation", { name: "Main navigation" })).toBeHidden();
  // Every control of the header is inside the screen (it wraps rather than run off the left edge).
  const header = page.getByRole("banner");
  for (const control of [page.getByLabel("Language"), header.getByRole("group", { name: "Theme" }), header.getByRole("button", { name: "Sign out" }), header.getByTestId("active-connection")]) {
    const box = (await control.boundingBox())!;
    expect(box.x, await control.evaluate((e) => e.outerHTML.slice(0, 80))).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(412);
  }
  // A <summary>: a disclosure button to screen readers, a role Playwright's role engine does not name.
  await header.getByLabel("Menu").click();
  const nav = page.getByRole("navigation", { name: "Main navigation" });
  await expect(nav.getByRole("link", { name: "Overview" })).toHaveAttribute("aria-current", "page");
  await nav.getByRole("link", { name: "Cards" }).click();
  await expect(page).toHaveURL(/\/cards$/);
  await expect(page.getByRole("heading", { level: 1, name: "Cards" })).toBeVisible();
  await expect(nav).toBeHidden(); // choosing a section closed the menu
  await page.setViewportSize({ width: 1280, height: 900 });
  await expect(header.getByLabel("Menu")).toBeHidden();
  await expect(nav.getByRole("link", { name: "Cards" })).toHaveAttribute("aria-current", "page");
});

test("unknown pages show a not-found page", async ({ pageAs }) => {
  const page = await pageAs("viewer");
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});

test("a page's stylesheet comes twice, in its <style> and once in its RSC payload, not three times", async ({ pageAs }) => {
  const page = await pageAs("viewer");
  const html = await (await page.request.get("/")).text();
  // The stylesheet's first rule, once per copy (scripts/patch-next.mjs takes out the third).
  expect(html.split("@layer properties").length - 1).toBe(2);
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
});

test("the framework's scripts carry V8's compile hint, so they compile as they stream in", async ({ pageAs }) => {
  const page = await pageAs("viewer");
  // The chunks every page starts with (React DOM, the router, Turbopack's runtime), which the
  // build marks (scripts/compile-hints.mjs), in the build this server serves.
  const manifest = path.join(process.env.NEXT_DIST_DIR || ".next", "build-manifest.json");
  const { rootMainFiles } = JSON.parse(readFileSync(manifest, "utf8")) as { rootMainFiles: string[] };
  expect(rootMainFiles.length).toBeGreaterThanOrEqual(5);
  const html = await (await page.request.get("/")).text();
  for (const file of rootMainFiles) {
    const src = `/_next/${file}`;
    expect(html, `the overview loads ${src}`).toContain(`src="${src}"`);
    expect((await (await page.request.get(src)).text()).startsWith("//# allFunctionsCalledOnLoad\n"), src).toBe(true);
  }
});

test("a page's islands are in its first paint: their HTML is sent in place, not after the page to be revealed later", async ({ pageAs }) => {
  const page = await pageAs("admin");
  const html = await (await page.request.get("/settings/team")).text();
  // React sends a finished Suspense boundary apart (a hidden <div id="S:…">, moved in at least
  // 300 ms after the first paint) when the page before it is large: islands use <Activity> instead.
  expect(html.split('<div hidden id="S:').length - 1, "boundaries sent after the page").toBe(0);
  expect(/<!--&-->\s*<fieldset disabled=""/.test(html), "an island's HTML in place, disabled until live").toBe(true);
  await page.goto("/settings/team");
  // Live once its code has loaded when the browser was idle.
  await expect(page.getByRole("button", { name: "Add member" })).toBeEnabled();
});
