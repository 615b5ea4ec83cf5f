import { spawn } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uqpayClientFor } from "@/lib/connections";
import { activateConnection, createConnection, loadConnection } from "@/lib/connections/store";
import { openDatabase } from "@/lib/db/client";
import { auditLog, operations } from "@/lib/db/schema";
import { Harness } from "@/lib/emulator/testing/harness";
import { beginOperation } from "@/lib/operations/ledger";
import { reconcilePending } from "@/lib/operations/reconcile";

const SINGLE_PRODUCT = "8a1f3b6c-2d4e-4f70-8b19-000000000002";
const KEY = randomBytes(32).toString("base64");

let h: Harness;
let dir: string;
let connectionId: string;
let cardId: string;
let neverSent: string;

beforeAll(async () => {
  h = await Harness.start({ mode: "test" });
  await h.login();
  cardId = await h.card(SINGLE_PRODUCT, { card_limit: 50 });
  dir = mkdtempSync(path.join(tmpdir(), "console-crash-"));
  const { db, close } = await openDatabase({ kind: "pglite", dir: path.join(dir, "console") });
  const conn = await createConnection(db, KEY, { name: "emu", environment: "emulator", baseUrl: h.emu.apiBase, clientId: h.emu.credentials.clientId, apiKey: h.emu.credentials.apiKey });
  connectionId = conn.id;
  await activateConnection(db, conn.id);
  // A crash between writing the ledger row and sending the request: UQPAY never saw this one.
  neverSent = randomUUID();
  await beginOperation(db, { operationId: neverSent, connectionId, kind: "card.recharge", target: cardId, request: { amount: "1.00" }, requestSummary: { amount: "1.00", currency: "USD" }, actor: { id: null, email: "crash-operator" } });
  await close();
}, 60_000);
afterAll(async () => {
  await h?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Runs the operator process until `begins` operations were announced and the first ones answered, then SIGKILLs it. */
function runAndKill(begins: number): Promise<{ begun: string[]; done: string[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "security/fixtures/crash-operator.ts", path.join(dir, "console"), connectionId, cardId], {
      env: { ...process.env, CONSOLE_ENCRYPTION_KEY: KEY, AUTH_SECRET: randomBytes(32).toString("base64"), CONSOLE_DEFAULT_EMULATOR: "0" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const begun: string[] = [];
    const done: string[] = [];
    let err = "";
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    child.stdout.on("data", (d: Buffer) => {
      for (const line of d.toString().split("\n")) {
        const [word, id] = line.trim().split(" ");
        if (word === "begin") begun.push(id);
        if (word === "done") done.push(id);
      }
      if (begun.length >= begins && done.length >= 3 && !child.killed) child.kill("SIGKILL");
    });
    child.on("exit", (code, signal) => (signal === "SIGKILL" ? resolve({ begun, done }) : reject(new Error(`operator exited ${code}: ${err}`))));
  });
}

describe("a console killed mid-operation, restarted, reconciles pending operations instead of doubling or forgetting them", () => {
  it("settles every operation the dead process left pending, once, by its own idempotency key", async () => {
    // Every recharge is applied at once but answered only 1.5 s later: the kill lands between the two.
    h.emu.runtime.faults.set([{ path: `/v1/issuing/cards/${cardId}/recharge`, method: "POST", kind: "latency", phase: "inside", ms: 1500 }]);
    const { begun, done } = await runAndKill(9);
    h.emu.runtime.faults.clear();
    await new Promise((r) => setTimeout(r, 2000));

    // "Restart": a new process opens the same database and reconciles.
    const { db, close } = await openDatabase({ kind: "pglite", dir: path.join(dir, "console") });
    try {
      const left = await db.select().from(operations).where(eq(operations.state, "pending"));
      expect(left.length, "the kill left operations pending").toBeGreaterThan(1);
      const report = await reconcilePending(db, async (id) => {
        const c = await loadConnection(db, KEY, id);
        return c ? uqpayClientFor(c) : null;
      }, { olderThanMs: 0 });
      expect(report.stillUnknown).toEqual([]);
      expect(report.unsupported).toEqual([]);
      expect(report.failed).toContain(neverSent);
      expect(report.succeeded.length, "applied before the kill, answered never").toBeGreaterThan(0);

      const all = await db.select().from(operations);
      expect(all.filter((o) => o.state === "pending")).toEqual([]);
      // The process announces an operation just before writing its ledger row, so the kill may
      // land between the two: such an operation never existed (nothing was sent, and the orders
      // check below proves it). Every row the ledger holds was announced.
      const announced = new Set([...begun, neverSent]);
      for (const o of all) expect(announced.has(o.id), `ledger row ${o.id} was never announced`).toBe(true);
      expect(all.map((o) => o.id)).toContain(neverSent);
      for (const id of done) expect(all.find((o) => o.id === id)?.state).toBe("succeeded");

      // The emulator's recharges are exactly the ledger's succeeded operations: none doubled, none lost.
      const orders = await h.emu.runtime.db.query<{ card_order_id: string }>("SELECT card_order_id FROM emu_card_orders WHERE card_id = $1 AND order_type ILIKE '%RECHARGE%' AND amount = 1", [cardId]);
      const ledger = all.filter((o) => o.state === "succeeded").map((o) => String(o.responseSummary?.card_order_id));
      expect(ledger.sort()).toEqual(orders.map((o) => o.card_order_id).sort());

      // Every reconciled operation is audited under its own key.
      for (const id of [...report.succeeded, ...report.failed]) {
        const op = all.find((o) => o.id === id)!;
        const rows = await db.select().from(auditLog).where(eq(auditLog.action, "card.recharge"));
        const mine = rows.filter((r) => (r.details as { operation_id?: string }).operation_id === id && (r.details as { reconciled?: boolean }).reconciled);
        expect(mine).toHaveLength(1);
        expect((mine[0].details as { idempotency_key: string }).idempotency_key).toBe(op.idempotencyKey);
      }
      console.info(`[kill-restart] ${begun.length} operations begun, ${done.length} answered before the kill; reconciled ${report.succeeded.length} as applied, ${report.failed.length} as never applied`);
    } finally {
      await close();
    }
  }, 120_000);
});
