import type { Page, Request } from "@playwright/test";
import { expect, PASSWORD, signIn, test } from "./fixtures";

// Web hardening, checked against `next start`: headers and CSP, session cookie flags, the origin
// check on server actions, and sign-in throttling under a scripted attack.

const PAGES = ["/", "/cards", "/cards/new", "/cardholders", "/transactions", "/balances", "/payments", "/payments/new", "/webhooks", "/audit", "/settings/team", "/settings/connections"];

function watchCsp(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to (execute|load|apply|connect|frame)/i.test(m.text())) violations.push(`${page.url()}: ${m.text()}`);
  });
  return violations;
}

test("pages carry a nonce CSP without inline scripts, no framing, a referrer policy and HSTS", async ({ page }) => {
  const response = await page.goto("/login");
  const headers = response!.headers();
  const csp = headers["content-security-policy"];
  const scriptSrc = csp.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src"))!;
  expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}'/);
  expect(scriptSrc).not.toContain("unsafe-inline");
  expect(scriptSrc).not.toContain("unsafe-eval");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'self'");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["strict-transport-security"]).toMatch(/max-age=\d{7,}/);
  expect(headers["x-powered-by"]).toBeUndefined();

  // Every script the server rendered carries this response's nonce; the next response has another.
  const nonce = /'nonce-([^']+)'/.exec(scriptSrc)![1];
  const scripts = await page.locator("script").evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).nonce));
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.every((n) => n === nonce)).toBe(true);
  const again = await page.request.get("/login");
  expect(again.headers()["content-security-policy"]).not.toContain(nonce);

  const api = await page.request.get("/api/cards");
  expect(api.headers()["x-content-type-options"]).toBe("nosniff");
  expect(api.headers()["x-frame-options"]).toBe("DENY");
});

test("no page breaks the CSP, signed out or as an admin", async ({ page, pageAs }) => {
  test.setTimeout(120_000);
  const out = watchCsp(page);
  await page.goto("/login");
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();

  const admin = await pageAs("admin");
  const violations = watchCsp(admin);
  for (const path of PAGES) {
    // Pages poll, so the network never idles: give each a moment to hydrate and load its chunks.
    await admin.goto(path, { waitUntil: "load" });
    await admin.waitForTimeout(500);
  }
  // Client navigation loads more chunks under the same policy.
  await admin.goto("/");
  await admin.getByRole("link", { name: "Cards", exact: true }).first().click();
  await expect(admin).toHaveURL(/\/cards/);
  expect([...out, ...violations]).toEqual([]);
});

test("the session cookie is HttpOnly, SameSite=Lax and Secure whenever the console is served over HTTPS", async ({ pageAs, baseURL }) => {
  const admin = await pageAs("admin");
  await admin.goto("/");
  const session = (await admin.context().cookies()).find((c) => /authjs\.session-token$/.test(c.name));
  expect(session, "the Auth.js session cookie").toBeDefined();
  expect(session!.httpOnly).toBe(true);
  expect(session!.sameSite).toBe("Lax");
  expect(session!.path).toBe("/");
  expect(session!.secure).toBe(baseURL!.startsWith("https:"));
  // Not readable from page script.
  expect(await admin.evaluate(() => document.cookie)).not.toContain("session-token");
});

async function captureAction(page: Page, act: () => Promise<void>): Promise<Request> {
  const call = page.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"]));
  await act();
  return call;
}

test("a server action posted from a foreign origin is refused and changes nothing", async ({ pageAs }) => {
  const admin = await pageAs("admin");
  await admin.goto("/settings/team");
  const form = admin.getByRole("form", { name: "Add member" });
  await form.getByLabel("Name").fill("Carl Csrf");
  await form.getByLabel("Email").fill("csrf-original@example.com");
  await form.getByLabel("Initial password").fill(PASSWORD);
  const call = await captureAction(admin, () => form.getByRole("button", { name: "Add member" }).click());
  await expect(admin.getByRole("cell", { name: "csrf-original@example.com", exact: true })).toBeVisible();
  const headers = call.headers();

  // The same request, with the admin's cookie, as a page on another site would send it.
  const forged = await admin.request.post(call.url(), {
    headers: { ...headers, origin: "https://evil.example" },
    data: call.postData()!.replace("csrf-original@example.com", "csrf-forged@example.com"),
  });
  expect(forged.status()).toBeGreaterThanOrEqual(400);
  expect(await forged.text()).not.toContain('"ok":true');

  // Control: from the console's own origin the replay goes through, so the refusal above was the origin check.
  const same = await admin.request.post(call.url(), { headers, data: call.postData()!.replace("csrf-original@example.com", "csrf-same-origin@example.com") });
  expect(await same.text()).toContain('"ok":true');

  await admin.reload();
  await expect(admin.getByRole("cell", { name: "csrf-same-origin@example.com", exact: true })).toBeVisible();
  await expect(admin.getByRole("cell", { name: "csrf-forged@example.com", exact: true })).toHaveCount(0);
});

test("sign-in throttling holds under a scripted attack: per account, and per address however the client rotates its claimed address", async ({ page, browser }) => {
  test.setTimeout(180_000);
  // One real sign-in from the page gives the sign-in action's id and body shape to script with.
  const call = await captureAction(page, () => signIn(page, "attack-probe@example.com", "wrong-password-0"));
  await expect(page.getByTestId("form-error")).toBeVisible();
  const { cookie: _c, ...headers } = call.headers();
  const template = call.postData()!;
  const request = (await browser.newContext()).request;
  const attempt = async (email: string, password: string, address: string) => {
    const body = template.replace("attack-probe@example.com", email).replace("wrong-password-0", password);
    const res = await request.post(call.url(), { headers: { ...headers, "x-forwarded-for": address }, data: body });
    const text = await res.text();
    return text.includes('"code":"throttled"') ? "throttled" : text.includes('"code":"invalid_credentials"') ? "invalid" : text.includes('"ok":true') ? "ok" : `other: ${text.slice(0, 200)}`;
  };

  // 1. Guessing one account's password, 20 tries at once from one address: 5 are judged, the rest throttled.
  const victim = "operator@example.com";
  const guesses = await Promise.all(Array.from({ length: 20 }, (_, i) => attempt("throttle-victim@example.com", `guess-${i}`, "198.51.100.10")));
  expect(guesses.filter((r) => r === "invalid").length).toBeLessThanOrEqual(5);
  expect(guesses.filter((r) => r === "throttled").length).toBeGreaterThanOrEqual(15);
  expect(guesses).not.toContain("ok");

  // 2. Spraying one password over 40 accounts, claiming a new address each time in front of the real
  // one a proxy appended: the address is locked after 30 failures.
  const spray: string[] = [];
  for (let i = 0; i < 40; i++) spray.push(await attempt(`spray-${i}@example.com`, "Password123!", `10.${i}.0.1, 203.0.113.66`));
  expect(spray.slice(0, 30).every((r) => r === "invalid")).toBe(true);
  expect(spray.slice(30).every((r) => r === "throttled")).toBe(true);
  // A locked address cannot sign in even with a real account's right password; another address can.
  expect(await attempt(victim, PASSWORD, "10.99.0.1, 203.0.113.66")).toBe("throttled");
  expect(await attempt(victim, PASSWORD, "203.0.113.77")).toBe("ok");
});
