import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/lib/db/client";
import { startEmulator, type RunningEmulator } from "@/lib/emulator/server";
import { openTestDb } from "@/lib/testing/test-db";
import { and, eq } from "drizzle-orm";
import { auditLog, operations } from "@/lib/db/schema";
import { receiveWebhook } from "@/lib/webhooks/receive";
import { SCENARIOS, findScenario } from "@/scenarios";
import { emulatorControl } from "./emulator-control";
import { FAULT_PRESETS } from "./presets";
import { isProductionTarget, ProductionRefusedError, runScenario, type RunnerTarget } from "./runner";
import { scenarioSchema } from "./scenario";
import { consoleContextFor } from "./standalone-console";
import type { ConsoleContext } from "./console-actions";

// The runner against an in-process emulator over HTTP, as the CLI and the /sandbox page use it.

let emu: RunningEmulator;
let handle: DbHandle;
let target: RunnerTarget;
let consoleCtx: ConsoleContext;

beforeAll(async () => {
  [emu, handle] = await Promise.all([startEmulator({ db: "memory", port: 0, mode: "test", activationDelayMs: 500, tickMs: 50 }), openTestDb()]);
  target = { connection: { id: randomUUID(), baseUrl: emu.apiBase, ...emu.credentials }, environment: "emulator", name: "test emulator" };
  consoleCtx = await consoleContextFor(handle.db, target);
}, 120_000);
afterAll(async () => {
  await Promise.all([emu?.close(), handle?.close()]);
});

const failures = (state: Awaited<ReturnType<typeof runScenario>>) =>
  state.steps.filter((s) => s.status !== "passed").map((s) => ({ id: s.id, note: s.note, checks: s.checks.filter((c) => !c.ok), response: s.response }));

describe("built-in scenarios on a fresh emulator", () => {
  for (const scenario of SCENARIOS) {
    it(`${scenario.name} passes`, { timeout: 120_000 }, async () => {
      await emulatorControl(emu.apiBase).reset(false);
      const state = await runScenario(scenario, target, { fastRetries: true, console: consoleCtx });
      expect(failures(state)).toEqual([]);
      expect(state.status).toBe("passed");
    });
  }
});

describe("console steps", () => {
  it("go through the operations ledger with one key per operation and an audit row each", { timeout: 120_000 }, async () => {
    await emulatorControl(emu.apiBase).reset(false);
    const state = await runScenario(findScenario("card-lifecycle")!, target, { fastRetries: true, console: consoleCtx });
    expect(state.status).toBe("passed");
    const cardId = (state.steps.find((s) => s.id === "issue")!.response!.body as { card_id: string }).card_id;
    const ops = await handle.db.select().from(operations).where(eq(operations.target, cardId));
    expect(ops.map((o) => o.kind).sort()).toEqual(["card.cancel", "card.freeze", "card.unfreeze"]);
    expect(ops.every((o) => o.state === "succeeded")).toBe(true);
    const freeze = state.steps.find((s) => s.id === "freeze")!;
    const key = (freeze.response!.body as { operation: { idempotency_key: string } }).operation.idempotency_key;
    expect(ops.find((o) => o.kind === "card.freeze")!.idempotencyKey).toBe(key);
    const audits = await handle.db.select().from(auditLog).where(and(eq(auditLog.action, "card.freeze"), eq(auditLog.target, cardId)));
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ outcome: "success", actorEmail: "npm run scenario" });
  });
});

describe("flaky network", () => {
  it("quickstart still passes, issues exactly one card, and its step details show the retries", { timeout: 120_000 }, async () => {
    const control = emulatorControl(emu.apiBase);
    await control.reset(false);
    await control.setFaults(FAULT_PRESETS["flaky-network"]);
    try {
      const state = await runScenario(findScenario("quickstart")!, target, { fastRetries: true, console: consoleCtx });
      expect(failures(state)).toEqual([]);
      const creates = (await control.requests({ pathPrefix: "/api/v1/issuing/cards" })).filter((r) => r.method === "POST" && r.path === "/api/v1/issuing/cards");
      expect(creates.length).toBeGreaterThan(1);
      const cards = state.steps.find((s) => s.id === "active")!.response?.body as { total_items: number };
      expect(cards.total_items).toBe(1);
      const issue = state.steps.find((s) => s.id === "issue")!;
      expect(issue.attempts.length).toBeGreaterThan(1);
      expect(issue.attempts.at(-1)?.ok).toBe(true);
    } finally {
      await control.setFaults([]);
    }
  });
});

describe("failing expectations", () => {
  it("marks the step red with expected and actual, and the run failed", { timeout: 60_000 }, async () => {
    const scenario = scenarioSchema.parse({
      name: "wrong-expectation",
      title: "A step that cannot pass",
      description: "Expects a product count the emulator does not have.",
      steps: [
        { id: "products", title: "List products", action: { kind: "api", method: "GET", path: "/v1/issuing/products", query: { page_size: 10, page_number: 1 } }, expect: { body: { total_items: 999 } } },
        { id: "after", title: "Still runs", action: { kind: "api", method: "GET", path: "/v1/issuing/products" }, expect: { body: { "data.0.product_id": "{{products.data.0.product_id}}" } } },
      ],
    });
    const state = await runScenario(scenario, target, { fastRetries: true, console: consoleCtx });
    expect(state.status).toBe("failed");
    const [first, second] = state.steps;
    expect(first.status).toBe("failed");
    expect(first.checks.find((c) => c.path === "total_items")).toMatchObject({ expected: 999, ok: false });
    expect(second.status).toBe("passed");
  });

  it("an expected error that does not come is a failure", { timeout: 60_000 }, async () => {
    const scenario = scenarioSchema.parse({
      name: "no-error",
      title: "Expects an error",
      description: "Lists products but expects a refusal.",
      steps: [{ id: "products", title: "List products", action: { kind: "api", method: "GET", path: "/v1/issuing/products" }, expect: { outcome: "error", error: { code: "card_not_found" } } }],
    });
    const state = await runScenario(scenario, target, { fastRetries: true, console: consoleCtx });
    expect(state.steps[0]).toMatchObject({ status: "failed" });
    expect(state.steps[0].checks[0]).toMatchObject({ path: "outcome", expected: "error", actual: "success", ok: false });
  });
});

describe("targets", () => {
  it("refuses production", async () => {
    const production = { ...target, environment: "production" };
    expect(isProductionTarget(production)).toBe(true);
    await expect(runScenario(SCENARIOS[0], production)).rejects.toBeInstanceOf(ProductionRefusedError);
    expect(isProductionTarget({ environment: "custom", connection: { baseUrl: "https://api.uqpay.com/api" } })).toBe(true);
  });

  it("elsewhere runs only sandbox-safe steps and reads webhooks from the console's inbox", { timeout: 120_000 }, async () => {
    // The emulator under a "sandbox" label, delivering to the console's real receiver code.
    const secret = "whsec_sandbox_target_test";
    const receiver = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", async () => {
        const receipt = await receiveWebhook(handle.db, { id: target.connection.id, webhookSecret: secret }, {
          rawBody: Buffer.concat(chunks).toString("utf8"),
          timestamp: String(req.headers["x-wk-timestamp"] ?? ""),
          signature: String(req.headers["x-wk-signature"] ?? ""),
          nowMs: Date.now(),
        });
        res.writeHead(receipt.httpStatus).end(JSON.stringify(receipt.body));
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
    const control = emulatorControl(emu.apiBase);
    await control.setWebhooks({ url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`, secret });
    try {
      const state = await runScenario(findScenario("card-lifecycle")!, { ...target, environment: "sandbox" }, { fastRetries: true, console: consoleCtx });
      expect(state.steps.filter((s) => s.status === "skipped").map((s) => s.id)).toEqual(["cancel", "pre_cancel", "advance", "cancelled", "webhook_order"]);
      expect(failures(state).filter((f) => state.steps.find((s) => s.id === f.id)!.status === "failed")).toEqual([]);
      const freeze = state.steps.find((s) => s.id === "freeze")!;
      expect(freeze.webhook?.received).toMatchObject({ eventType: "card.status.update.succeeded", status: "received" });
    } finally {
      await control.setWebhooks({ url: null });
      await new Promise<void>((resolve) => receiver.close(() => resolve()));
    }
  });
});
