import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { asSession, type SessionUser } from "@/lib/testing/action-env";
import { openEmulatedConsole, type EmulatedConsole } from "@/lib/testing/console-world";
import { ACTION_ACCESS } from "./access-table";
import { importSource } from "./enumerate";
import { mutate } from "./hostile-values";

vi.mock("@/lib/auth", async () => (await import("@/lib/testing/action-env")).authModule);
vi.mock("next-auth", async () => (await import("@/lib/testing/action-env")).nextAuthModule);
vi.mock("next/headers", async () => (await import("@/lib/testing/action-env")).headersModule);
vi.mock("next/cache", async () => (await import("@/lib/testing/action-env")).cacheModule);
vi.mock("next-intl/server", async () => (await import("@/lib/testing/action-env")).intlModule);

const VISA_SHARE = "467e993f-317a-49fc-9ea0-bf49de7d1f76";
const RUNS = Number(process.env.FC_RUNS ?? 12);

let w: EmulatedConsole;
let cardId: string;
let cardholderId: string;
let paymentIntentId: string;
let admin: SessionUser;
const errors = vi.spyOn(console, "error");

/** A valid input per action; the property replaces one field at a time with something hostile. */
const bases: Record<string, () => Record<string, unknown>> = {
  signInWithPassword: () => ({ email: "someone@example.com", password: "not the password" }),
  createFirstAdministrator: () => ({ name: "Eve", email: "eve@example.com", password: "a long enough password", confirmPassword: "a long enough password" }),
  createCardholder: () => ({ operationId: randomUUID(), first_name: "Alex", last_name: "Chen", email: `a${Date.now()}@example.com`, country_code: "SG", phone_number: "91234567" }),
  updateCardholder: () => ({ operationId: randomUUID(), cardholderId, email: `b${Date.now()}@example.com` }),
  issueCard: () => ({ operationId: randomUUID(), mode: "two_step", cardholder_id: cardholderId, card_product_id: VISA_SHARE, card_currency: "USD", card_limit: "100.00", name_on_card: "ALEX CHEN", metadata: [{ key: "ref", value: "1" }] }),
  freezeCard: () => ({ operationId: randomUUID(), card_id: cardId, update_reason: "lost" }),
  unfreezeCard: () => ({ operationId: randomUUID(), card_id: cardId }),
  cancelCard: () => ({ operationId: randomUUID(), card_id: randomUUID(), update_reason: "closed" }),
  rechargeCard: () => ({ operationId: randomUUID(), card_id: cardId, amount: "1.00" }),
  withdrawCard: () => ({ operationId: randomUUID(), card_id: cardId, amount: "0.01" }),
  updateCard: () => ({ operationId: randomUUID(), card_id: cardId, card_currency: "USD", card_limit: "500.00", risk_controls: { allow_3ds_transactions: "Y", mcc_mode: "blocked", mcc_list: "7995" }, metadata: [{ key: "k", value: "v" }] }),
  simulateAuthorization: () => ({ operationId: randomUUID(), card_id: cardId, transaction_amount: "1.00", transaction_currency: "USD", merchant_name: "Shop", merchant_category_code: "5734" }),
  simulateReversal: () => ({ operationId: randomUUID(), card_id: cardId, transaction_id: randomUUID() }),
  revealCardDetails: () => ({ card_id: cardId }),
  createPaymentIntent: () => ({ operationId: randomUUID(), amount: "10.00", currency: "USD", merchant_order_id: `o-${Date.now()}`, description: "Order", return_url: "https://shop.example.com/back", metadata: '{"a":"b"}', method: "none" }),
  confirmPaymentIntent: () => ({ operationId: randomUUID(), payment_intent_id: paymentIntentId, method: "alipaycn_payment_code", payment_code: "2881234567890123" }),
  updatePaymentIntent: () => ({ operationId: randomUUID(), payment_intent_id: paymentIntentId, amount: "12.00", currency: "USD" }),
  capturePaymentIntent: () => ({ operationId: randomUUID(), payment_intent_id: paymentIntentId, amount_to_capture: "" }),
  cancelPaymentIntent: () => ({ operationId: randomUUID(), payment_intent_id: "pi_does_not_exist", cancellation_reason: "duplicate" }),
  refundPayment: () => ({ operationId: randomUUID(), payment_intent_id: paymentIntentId, amount: "1.00", reason: "customer" }),
  addConnection: () => ({ name: `c-${randomUUID().slice(0, 8)}`, environment: "custom", baseUrl: "http://127.0.0.1:9/api", clientId: "client", apiKey: "key_123" }),
  editConnection: () => ({ id: randomUUID(), name: "renamed", environment: "custom", baseUrl: "http://127.0.0.1:9/api", clientId: "client" }),
  removeConnection: () => ({ id: randomUUID() }),
  makeConnectionActive: () => ({ id: randomUUID() }),
  testConnection: () => ({ id: randomUUID() }),
  addTeamMember: () => ({ name: "New Member", email: `m-${randomUUID().slice(0, 8)}@example.com`, role: "viewer", password: "a long enough password" }),
  changeMemberRole: () => ({ userId: randomUUID(), role: "viewer" }),
  setMemberDisabled: () => ({ userId: randomUUID(), disabled: false }),
  applyWebhookAgain: () => ({ id: randomUUID() }),
  // Sandbox workbench (listed last in the table, so faults it sets cannot disturb the others).
  startScenarioRun: () => ({ scenario: "no-such-scenario" }),
  advanceEmulatorClock: () => ({ seconds: 1 }),
  setEmulatorFaults: () => ({ rules: [{ path: "/v1/issuing/cards/*", method: "GET", kind: "latency", ms: 1, probability: 0.5, count: 1 }] }),
  applyFaultPreset: () => ({ preset: "rate-limited" }),
  updateEmulatorWebhooks: () => ({ url: "", secret: "", duplicate: false, outOfOrder: false }),
  redeliverWebhook: () => ({ eventId: randomUUID() }),
  resetEmulator: () => ({ confirmation: "not the word", demo: false }),
  seedEmulatorDemo: () => ({ confirmation: "not the word" }),
};
// Take no input worth fuzzing beyond "anything": the property still feeds them hostile values.
const argless = new Set(["signOutCurrentUser", "setLocale", "setTheme"]);

beforeAll(async () => {
  w = await openEmulatedConsole({ activationDelayMs: 0 });
  admin = { id: w.users.admin.id, role: "admin", signedInAt: 1 };
  cardholderId = await w.harness.cardholder();
  cardId = await w.harness.card(VISA_SHARE, { cardholder_id: cardholderId });
  const { createPaymentIntent } = await import("@/app/(console)/payments/actions");
  const created = await asSession(admin, () => createPaymentIntent(bases.createPaymentIntent() as never));
  if (!created.ok) throw new Error(`setup: ${JSON.stringify(created)}`);
  paymentIntentId = String(created.data.summary.payment_intent_id);
}, 60_000);
afterAll(() => w?.close());

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function preview(value: unknown): string {
  try {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 300 ? `${text.slice(0, 300)}…(${text.length} chars)` : text;
  } catch {
    return String(value);
  }
}

describe("hostile input to every server action: never a crash, always a clear answer", () => {
  it("has a base input for every action in the access table", () => {
    const names = Object.keys(ACTION_ACCESS).map((id) => id.split("#")[1]);
    for (const name of names) expect(bases[name] || argless.has(name), `add a valid base input for ${name} to security/hostile-input.test.ts`).toBeTruthy();
  });

  it.each(Object.keys(ACTION_ACCESS))("%s", async (id) => {
    const [file, name] = id.split("#");
    const action = (await importSource(file))[name] as (input: unknown) => Promise<unknown>;
    const user = ACTION_ACCESS[id] === "public" ? null : admin;
    // A fresh operation id per run (unless the run replaced it), so hostile values reach UQPAY's door.
    const base = bases[name]?.();
    const inputs = base ? mutate(base).map((v) => (isRecord(v) && v.operationId === base.operationId ? { ...v, operationId: randomUUID() } : v)) : fc.anything();
    await fc.assert(
      fc.asyncProperty(inputs, async (input) => {
        errors.mockClear();
        let result: unknown;
        try {
          result = await asSession(user, () => action(input));
        } catch (error) {
          throw new Error(`${name} threw (Next would answer 500) for ${preview(input)}: ${error instanceof Error ? error.stack : String(error)}`);
        }
        expect(errors, `${name} logged an unexpected error for ${preview(input)}`).not.toHaveBeenCalled();
        expect(({} as Record<string, unknown>).polluted, "Object.prototype was polluted").toBeUndefined();
        if (result === undefined) return;
        const r = result as { ok: boolean; code?: unknown; message?: unknown };
        expect(typeof r.ok).toBe("boolean");
        if (!r.ok) {
          expect(r.code, `${name}: failure without a code for ${preview(input)}`).toEqual(expect.any(String));
          expect(r.code, `${name}: "unexpected" (a crash) for ${preview(input)}`).not.toBe("unexpected");
          expect(String(r.message).length, `${name}: failure without a message`).toBeGreaterThan(0);
        }
      }),
      { numRuns: RUNS, seed: Number(process.env.FC_SEED ?? 20261122), endOnFailure: true },
    );
  }, 120_000);

  it("refuses markup and NUL bytes in every text field of every action, naming the field", async () => {
    const opaque = new Set(["password", "confirmPassword", "apiKey"]);
    for (const [id, access] of Object.entries(ACTION_ACCESS)) {
      const [file, name] = id.split("#");
      if (!bases[name]) continue;
      const action = (await importSource(file))[name] as (input: unknown) => Promise<{ ok: boolean; code?: string; fieldErrors?: Record<string, string[]> }>;
      const base = bases[name]();
      for (const [key, value] of Object.entries(base)) {
        if (typeof value !== "string" || opaque.has(key)) continue;
        for (const bad of ["<script>alert(1)</script>", `${value}\u0000`]) {
          const result = await asSession(access === "public" ? null : admin, () => action({ ...base, operationId: randomUUID(), [key]: bad }));
          expect(result, `${name}.${key} = ${JSON.stringify(bad)}`).toMatchObject({ ok: false, code: "invalid_input" });
          expect(Object.keys(result.fieldErrors ?? {}), `${name}: the error names ${key}`).toContain(key);
        }
      }
    }
  }, 60_000);

  it("sends the payer's browser back only to http(s) URLs", async () => {
    const { createPaymentIntent } = await import("@/app/(console)/payments/actions");
    for (const url of ["javascript:alert(1)", "data:text/html,hi", "vbscript:x", "file:///etc/passwd"]) {
      const result = await asSession(admin, () => createPaymentIntent({ ...bases.createPaymentIntent(), return_url: url } as never));
      expect(result, url).toMatchObject({ ok: false, code: "invalid_input", fieldErrors: { return_url: ["url"] } });
    }
  });

  it("left no markup in anything the console stored", async () => {
    for (const table of ["users", "audit_log", "connections", "operations", "card_index", "webhook_object_state"]) {
      const rows = await w.db.execute(sql.raw(`select t::text as row from ${table} t where t::text ~* '<\\s*(script|img|svg|iframe)|on\\w+\\s*=|javascript:'`));
      const found = (rows as unknown as { rows?: { row: string }[] }).rows ?? (rows as unknown as { row: string }[]);
      expect(found.map((r) => r.row.slice(0, 300)), `markup stored in ${table}`).toEqual([]);
    }
  });
});
