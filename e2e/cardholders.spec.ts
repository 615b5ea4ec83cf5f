import type { Locator, Page } from "@playwright/test";
import { emulator } from "./emulator";
import { expect, test } from "./fixtures";

// The emulator keeps its data for the whole run, so every cardholder gets its own email and phone.
let serial = 0;
function unique() {
  serial += 1;
  const n = `${Date.now() % 1_000_000}${serial}`.slice(-7).padStart(7, "0");
  return { email: `alex.chen+${n}@example.com`, phone: `9${n}` };
}

const createForm = (page: Page) => page.getByRole("form", { name: "Create cardholder" });

/** Seed 000's Alex Chen, with a unique email and SG phone number. */
async function fillAlex(form: Locator, who = unique()) {
  await form.getByLabel("First name").fill("Alex");
  await form.getByLabel("Last name").fill("Chen");
  await form.getByLabel("Email").fill(who.email);
  await form.getByLabel("Country of residence").selectOption("SG");
  await form.getByLabel("Phone number").fill(who.phone);
  return who;
}

test("an operator creates seed 000's Alex Chen with an address and lands on the detail page", async ({ pageAs }) => {
  const page = await pageAs("operator");
  await page.goto("/cardholders");
  await page.getByRole("link", { name: "New cardholder" }).click();
  const form = createForm(page);
  const who = await fillAlex(form);
  await form.getByLabel("Date of birth").fill("1990-05-17");
  await form.getByLabel("Gender").selectOption("MALE");
  const address = form.getByRole("group", { name: "Residential address" });
  await address.getByLabel("Country").selectOption("SG");
  await address.getByLabel("City").fill("Singapore");
  await address.getByLabel("Address line 1").fill("1 Raffles Place");
  await form.getByRole("button", { name: "Create cardholder" }).click();

  await expect(page).toHaveURL(/\/cardholders\/[0-9a-f-]{36}$/);
  const cardholderId = page.url().split("/").pop()!;
  await expect(page.getByRole("heading", { name: "Alex Chen" })).toBeVisible();
  await expect(page.getByTestId("cardholder-status").first()).toHaveText("Verified");
  await expect(page.getByText(who.email).first()).toBeVisible();
  await expect(page.getByText("1 Raffles Place, Singapore, Singapore (SG)")).toBeVisible();
  await expect(page.getByText("No cards issued to this cardholder yet.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Issue a card" })).toHaveAttribute("href", `/cards/new?cardholder_id=${cardholderId}`);

  await page.getByRole("link", { name: "All cardholders" }).click();
  await expect(page.getByRole("table", { name: "Cardholders" }).getByRole("row").filter({ hasText: who.email })).toContainText("Verified");
  await page.getByLabel("Status").selectOption("PENDING");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/status=PENDING/);
  await expect(page.getByText(who.email)).toHaveCount(0);
});

test("the form catches a name with digits and an under-18 date of birth before calling UQPAY", async ({ pageAs, request }) => {
  const page = await pageAs("operator");
  await page.goto("/cardholders/new");
  const form = createForm(page);
  await fillAlex(form);
  await form.getByLabel("First name").fill("Alex2");
  const today = new Date();
  const minor = `${today.getUTCFullYear() - 17}-01-15`;
  await form.getByLabel("Date of birth").fill(minor);
  const before = (await emulator.requests(request, "/api/v1/issuing/cardholders")).data.length;
  let actionCalls = 0;
  page.on("request", (r) => {
    if (r.method() === "POST" && r.headers()["next-action"]) actionCalls += 1;
  });
  await form.getByRole("button", { name: "Create cardholder" }).click();

  await expect(form.getByText("Use letters and single spaces only, with no space at the start or end.")).toBeVisible();
  await expect(form.getByText("The cardholder must be at least 18 years old.")).toBeVisible();
  await expect(form.getByLabel("First name")).toHaveAttribute("aria-invalid", "true");
  expect(actionCalls).toBe(0);
  expect((await emulator.requests(request, "/api/v1/issuing/cardholders")).data.length).toBe(before);
  await expect(page).toHaveURL(/\/cardholders\/new$/);
});

test("a duplicate email shows UQPAY's email_duplicated with guidance on the email field", async ({ pageAs }) => {
  const page = await pageAs("operator");
  await page.goto("/cardholders/new");
  const first = await fillAlex(createForm(page));
  await createForm(page).getByRole("button", { name: "Create cardholder" }).click();
  await expect(page).toHaveURL(/\/cardholders\/[0-9a-f-]{36}$/);

  await page.goto("/cardholders/new");
  const form = createForm(page);
  await fillAlex(form, { email: first.email, phone: unique().phone });
  await form.getByRole("button", { name: "Create cardholder" }).click();

  const guidance = form.getByTestId("error-guidance");
  await expect(guidance).toContainText("email_duplicated");
  await expect(guidance).toContainText("What to do:");
  await expect(form.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  await expect(form.locator("#cardholder-email-error")).toHaveText("Another cardholder on this account already uses this email.");
  await expect(page).toHaveURL(/\/cardholders\/new$/);

  // Fixing the email is a new operation and goes through.
  await form.getByLabel("Email").fill(unique().email);
  await form.getByRole("button", { name: "Create cardholder" }).click();
  await expect(page).toHaveURL(/\/cardholders\/[0-9a-f-]{36}$/);
});

test("an update keeps the name locked and shows the changed fields", async ({ pageAs }) => {
  const page = await pageAs("operator");
  await page.goto("/cardholders/new");
  await fillAlex(createForm(page));
  await createForm(page).getByRole("button", { name: "Create cardholder" }).click();
  await expect(page).toHaveURL(/\/cardholders\/[0-9a-f-]{36}$/);

  await page.getByRole("link", { name: "Update details" }).click();
  const form = page.getByRole("form", { name: "Update cardholder" });
  await expect(form.getByLabel("First name")).toBeDisabled();
  await expect(form.getByLabel("First name")).toHaveValue("Alex");
  await expect(form.getByLabel("Last name")).toBeDisabled();
  await expect(form.getByText("UQPAY does not allow changing a cardholder's name after creation.")).toBeVisible();
  await form.getByLabel("Nationality").selectOption("SG");
  await form.getByLabel("Gender").selectOption("FEMALE");
  await form.getByRole("button", { name: "Save changes" }).click();

  await expect(page).toHaveURL(/\/cardholders\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { name: "Alex Chen" })).toBeVisible();
  await expect(page.locator("dt:text-is('Gender') + dd")).toHaveText("Female");
  await expect(page.locator("dt:text-is('Nationality') + dd")).toHaveText("Singapore (SG)");
});

test("a viewer sees no create or update controls, and the create action refuses them", async ({ pageAs }) => {
  const operator = await pageAs("operator");
  await operator.goto("/cardholders/new");
  await fillAlex(createForm(operator));
  const call = operator.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"]));
  await createForm(operator).getByRole("button", { name: "Create cardholder" }).click();
  const captured = await call;
  await expect(operator).toHaveURL(/\/cardholders\/[0-9a-f-]{36}$/);
  const detailUrl = operator.url();

  const viewer = await pageAs("viewer");
  const sneaky = unique();
  const { cookie: _operatorCookie, ...headers } = captured.headers();
  const body = captured
    .postData()!
    .replace(/"operationId":"[0-9a-f-]+"/, `"operationId":"${crypto.randomUUID()}"`)
    .replace(/"email":"[^"]+"/, `"email":"${sneaky.email}"`)
    .replace(/"phone_number":"\d+"/, `"phone_number":"${sneaky.phone}"`);
  const response = await viewer.request.post(captured.url(), { headers, data: body });
  expect(await response.text()).toContain('"code":"forbidden"');

  await viewer.goto("/cardholders");
  await expect(viewer.getByRole("heading", { name: "Cardholders" })).toBeVisible();
  await expect(viewer.getByRole("link", { name: "New cardholder" })).toHaveCount(0);
  await expect(viewer.getByText(sneaky.email)).toHaveCount(0);
  await viewer.goto(detailUrl);
  await expect(viewer.getByRole("heading", { name: "Alex Chen" })).toBeVisible();
  await expect(viewer.getByRole("link", { name: "Update details" })).toHaveCount(0);
  await expect(viewer.getByRole("link", { name: "Issue a card" })).toHaveCount(0);
  await viewer.goto("/cardholders/new");
  await expect(viewer.getByRole("heading", { name: "Not allowed" })).toBeVisible();
});

const PNG_1PX = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");

test("KYC: a passport upload and Sumsub verification leave the cardholder incomplete with a timed IDV link", async ({ pageAs }) => {
  const page = await pageAs("operator");
  await page.goto("/cardholders/new");
  const form = createForm(page);
  await fillAlex(form);
  await form.getByLabel("Nationality").selectOption("SG");

  const identity = form.getByRole("group", { name: "Identity document" });
  await identity.getByLabel("Document type").selectOption("PASSPORT");
  await identity.getByLabel("Document number").fill("E1234567");
  await identity.getByLabel("Front of document").setInputFiles({ name: "passport.gif", mimeType: "image/gif", buffer: PNG_1PX });
  await expect(identity.getByText("Upload a JPEG, PNG or PDF file.")).toBeVisible();
  await identity.getByLabel("Front of document").setInputFiles({ name: "passport.png", mimeType: "image/png", buffer: PNG_1PX });
  await expect(identity.getByText("passport.png (1 KB) ready to send")).toBeVisible();

  // THIRD_PARTY asks for the provider's proof; Sumsub does not.
  const kyc = form.getByRole("group", { name: "KYC verification" });
  await kyc.getByLabel("Verification method").selectOption("THIRD_PARTY");
  const proof = kyc.getByRole("group", { name: "Your KYC result" });
  await proof.getByLabel("KYC provider").fill("Onfido");
  await proof.getByLabel("Provider reference ID").fill("short");
  await form.getByRole("button", { name: "Create cardholder" }).click();
  await expect(proof.getByText("Use at least 10 characters.")).toBeVisible();
  await expect(form.getByText("A date of birth is required when you upload identity documents.")).toBeVisible();

  await kyc.getByLabel("Verification method").selectOption("SUMSUB_REDIRECT");
  await expect(proof).toHaveCount(0);
  await form.getByLabel("Date of birth").fill("1988-11-03");
  await form.getByRole("button", { name: "Create cardholder" }).click();

  await expect(page).toHaveURL(/\/cardholders\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("cardholder-status").first()).toHaveText("Incomplete");
  const idv = page.getByTestId("idv-link");
  await expect(idv.getByRole("link", { name: "Open the verification link" })).toHaveAttribute("href", /\/idv\//);
  await expect(idv).toContainText("Valid until");
  await expect(page.locator("dt:text-is('Identity verification') + dd")).toHaveText("Pending");
});

test("a lost response is retried with the same idempotency key: one cardholder, not two", async ({ pageAs, request }) => {
  const page = await pageAs("operator");
  await page.goto("/cardholders/new");
  await emulator.setFaults(request, [{ path: "/v1/issuing/cardholders", method: "POST", kind: "lost_response", count: 1 }]);
  try {
    const who = await fillAlex(createForm(page));
    await createForm(page).getByRole("button", { name: "Create cardholder" }).click();
    await expect(page).toHaveURL(/\/cardholders\/[0-9a-f-]{36}$/, { timeout: 30_000 });
    const log = (await emulator.requests(request, "/api/v1/issuing/cardholders")).data as { method: string; idempotency_key?: string | null }[];
    const [lost, retry] = log.filter((r) => r.method === "POST").slice(-2);
    expect(retry.idempotency_key).toBeTruthy();
    expect(retry.idempotency_key).toBe(lost.idempotency_key);
    await page.goto("/cardholders");
    await expect(page.getByRole("row").filter({ hasText: who.email })).toHaveCount(1);
  } finally {
    await emulator.setFaults(request, []);
  }
});

test("when UQPAY keeps failing, the list explains it instead of going blank", async ({ pageAs, request }) => {
  const page = await pageAs("viewer");
  await emulator.setFaults(request, [{ path: "/v1/issuing/cardholders", method: "GET", kind: "error500", count: 8 }]);
  try {
    await page.goto("/cardholders");
    const failure = page.getByTestId("read-failure");
    await expect(failure).toContainText("Cardholders could not be loaded", { timeout: 30_000 });
    await expect(page.getByRole("table", { name: "Cardholders" })).toHaveCount(0);
  } finally {
    await emulator.setFaults(request, []);
  }
  await page.reload();
  await expect(page.getByRole("table", { name: "Cardholders" })).toBeVisible();
});
