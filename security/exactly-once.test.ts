import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { Acq, card as payCard } from "@/lib/emulator/acquiring/test-kit";
import { auditLog, operations } from "@/lib/db/schema";
import { asSession, type SessionUser } from "@/lib/testing/action-env";
import { openEmulatedConsole, type EmulatedConsole } from "@/lib/testing/console-world";

vi.mock("@/lib/auth", async () => (await import("@/lib/testing/action-env")).authModule);
vi.mock("next/headers", async () => (await import("@/lib/testing/action-env")).headersModule);
vi.mock("next/cache", async () => (await import("@/lib/testing/action-env")).cacheModule);
vi.mock("next-intl/server", async () => (await import("@/lib/testing/action-env")).intlModule);
// Everything real, but a hung request is abandoned after 1.5 s instead of 15 s, and the client
// gives up after two attempts instead of four, so the ledger's own retry path is exercised often.
vi.mock("@/lib/uqpay/client", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/uqpay/client")>();
  return { ...real, createUqpayClient: (c: Parameters<typeof real.createUqpayClient>[0], o: Parameters<typeof real.createUqpayClient>[1] = {}) => real.createUqpayClient(c, { ...o, timeoutMs: 1_500, retry: { maxAttempts: 2, baseDelayMs: 50 } }) };
});

const SINGLE_PRODUCT = "8a1f3b6c-2d4e-4f70-8b19-000000000002";
const CARDS = 6;
const RECHARGES_PER_CARD = 2;
const INTENTS = 3;
const REFUNDS_PER_INTENT = 2;

/**
 * Faults on a large share of calls — about two writes in three and one read in five — so that the
 * client's own four attempts often run out and the ledger's retry path is what saves the operation.
 * (Rules are tried in order; each takes its share of what the ones above left.)
 */
const FAULTS = [
  { path: "/v1/connect/token", kind: "error500", probability: 0.1 },
  { path: "/**", method: "POST", kind: "lost_response", probability: 0.3 },
  { path: "/**", method: "POST", kind: "error500", probability: 0.25 },
  { path: "/**", method: "POST", kind: "error429", probability: 0.2 },
  { path: "/**", method: "POST", kind: "hang", probability: 0.03 },
  { path: "/**", method: "GET", kind: "error500", probability: 0.2 },
] as const;

let w: EmulatedConsole;
let operator: SessionUser;
type Result = { ok: boolean; code?: string; outcome?: string; upstream?: { httpStatus?: number }; data?: unknown };
type Logical = { label: string; operationIds: string[]; succeeded?: string; result?: Result };
const stats = { calls: 0, unknownAnswers: 0, operationsStarted: 0 };

const q = <T,>(text: string, params: unknown[] = []) => w.harness.emu.runtime.db.query<T>(text, params);

/**
 * Drives one logical operation the way the console's forms do: the same operation id (so the same
 * idempotency key) while the outcome is unknown or UQPAY is busy; a new operation only after the
 * ledger says the previous one definitely failed.
 */
async function drive(label: string, call: (operationId: string) => Promise<Result>): Promise<Logical> {
  const logical: Logical = { label, operationIds: [] };
  for (let op = 0; op < 6 && !logical.succeeded; op++) {
    const operationId = randomUUID();
    logical.operationIds.push(operationId);
    stats.operationsStarted++;
    for (let attempt = 0; attempt < 12; attempt++) {
      stats.calls++;
      const result = await asSession(operator, () => call(operationId));
      logical.result = result;
      if (result.ok) {
        logical.succeeded = operationId;
        break;
      }
      if (result.outcome === "unknown") stats.unknownAnswers++;
      // What the form offers as "retry": an unknown outcome, or UQPAY busy or unreachable (not a 4xx verdict).
      const status = result.upstream?.httpStatus;
      const retrySame = result.outcome === "unknown" || (status !== undefined && (status === 0 || status === 429 || status >= 500));
      if (result.code === "operation_failed_before") break;
      if (!retrySame) throw new Error(`${label}: unexpected refusal ${JSON.stringify(result)}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }
  if (!logical.succeeded) throw new Error(`${label}: never succeeded: ${JSON.stringify(logical.result)}`);
  return logical;
}

async function inBatches<T>(items: (() => Promise<T>)[], width: number): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < items.length; i += width) out.push(...(await Promise.all(items.slice(i, i + width).map((f) => f()))));
  return out;
}

const logicals: Logical[] = [];
const cards: { cardId: string; cardholderId: string }[] = [];
const intents: string[] = [];

beforeAll(async () => {
  w = await openEmulatedConsole({ activationDelayMs: 0 });
  operator = { id: w.users.operator.id, role: "operator", signedInAt: 1 };
  const holders = await Promise.all(Array.from({ length: CARDS }, () => w.harness.cardholder()));
  const acq = new Acq(w.harness);
  for (let i = 0; i < INTENTS; i++) {
    const res = await acq.create({ amount: "50.00", currency: "USD", merchant_order_id: `eo-${i}`, payment_method: payCard() });
    if (res.body.intent_status !== "SUCCEEDED") throw new Error(JSON.stringify(res.body));
    intents.push(String(res.body.payment_intent_id));
  }
  const { issueCard } = await import("@/app/(console)/cards/actions");
  const { rechargeCard, freezeCard } = await import("@/app/(console)/cards/[cardId]/actions");
  const { refundPayment } = await import("@/app/(console)/payments/[paymentIntentId]/actions");

  w.harness.emu.runtime.faults.set(FAULTS.map((f) => ({ ...f })));
  // 1. Issue one prepaid card per cardholder.
  const issued = await inBatches(holders.map((cardholderId, i) => () =>
    drive(`issue ${i}`, (operationId) => issueCard({ operationId, mode: "two_step", cardholder_id: cardholderId, card_product_id: SINGLE_PRODUCT, card_currency: "USD", card_limit: "100.00" }) as Promise<Result>)), 4);
  logicals.push(...issued);
  for (const [i, l] of issued.entries()) cards.push({ cardId: (l.result!.data as { card_id: string }).card_id, cardholderId: holders[i] });
  // Activation happens on the emulator's clock; let the ticker run.
  w.harness.emu.runtime.faults.clear();
  await w.harness.control("POST", "/tick");
  w.harness.emu.runtime.faults.set(FAULTS.map((f) => ({ ...f })));

  // 2. Recharges and refunds together.
  const moneyOps = [
    ...cards.flatMap((c, i) => Array.from({ length: RECHARGES_PER_CARD }, (_, k) => () =>
      drive(`recharge ${i}.${k}`, (operationId) => rechargeCard({ operationId, card_id: c.cardId, amount: "7.00" }) as Promise<Result>))),
    ...intents.flatMap((id, i) => Array.from({ length: REFUNDS_PER_INTENT }, (_, k) => () =>
      drive(`refund ${i}.${k}`, (operationId) => refundPayment({ operationId, payment_intent_id: id, amount: "3.00", reason: "customer" }) as Promise<Result>))),
  ];
  logicals.push(...(await inBatches(moneyOps, 6)));
  // 3. Freeze every card.
  logicals.push(...(await inBatches(cards.map((c, i) => () =>
    drive(`freeze ${i}`, (operationId) => freezeCard({ operationId, card_id: c.cardId, update_reason: "fault drill" }) as Promise<Result>)), 4)));
  w.harness.emu.runtime.faults.clear();
}, 240_000);
afterAll(() => w?.close());

describe("exactly once under faults, through the console's server actions", () => {
  it("met real faults: unknown outcomes, retries and replaced operations", () => {
    const fired = stats;
    console.info(`[exactly-once] ${logicals.length} logical operations, ${fired.operationsStarted} operations started, ${fired.calls} action calls, ${fired.unknownAnswers} unknown outcomes`);
    expect(logicals).toHaveLength(CARDS + CARDS * RECHARGES_PER_CARD + INTENTS * REFUNDS_PER_INTENT + CARDS);
    expect(fired.unknownAnswers).toBeGreaterThan(2);
    expect(fired.calls).toBeGreaterThan(logicals.length);
  });

  it("issued exactly one card per issue: the emulator, the ledger and the audit log agree", async () => {
    for (const c of cards) {
      const rows = await q<{ card_id: string }>("SELECT card_id FROM emu_cards WHERE cardholder_id = $1", [c.cardholderId]);
      expect(rows.map((r) => r.card_id), `cards of cardholder ${c.cardholderId}`).toEqual([c.cardId]);
    }
  });

  it("moved each recharge's money exactly once", async () => {
    for (const c of cards) {
      const [row] = await q<{ n: string; total: string }>(
        "SELECT count(*) AS n, coalesce(sum(amount), 0) AS total FROM emu_card_orders WHERE card_id = $1 AND order_type ILIKE '%RECHARGE%' AND status = 'SUCCESS'", [c.cardId]);
      expect(Number(row.n), `recharges of ${c.cardId}`).toBe(RECHARGES_PER_CARD);
      expect(Number(row.total)).toBe(7 * RECHARGES_PER_CARD);
      const [card] = await q<{ balance: string }>("SELECT balance FROM emu_cards WHERE card_id = $1", [c.cardId]);
      expect(Number(card.balance), `balance of ${c.cardId}`).toBe(100 + 7 * RECHARGES_PER_CARD);
    }
  });

  it("refunded each refund exactly once", async () => {
    for (const id of intents) {
      const rows = await q<{ amount: string }>("SELECT amount FROM emu_acq_refunds WHERE payment_intent_id = $1", [id]);
      expect(rows.map((r) => Number(r.amount)), `refunds of ${id}`).toEqual(Array(REFUNDS_PER_INTENT).fill(3));
    }
  });

  it("froze every card", async () => {
    const rows = await q<{ status: string }>("SELECT status FROM emu_cards WHERE card_id = ANY($1::uuid[])", [cards.map((c) => c.cardId)]);
    expect(rows.map((r) => r.status)).toEqual(Array(CARDS).fill("FROZEN"));
  });

  it("has one succeeded ledger entry per logical operation, the replaced ones failed, and an audit row for every attempt", async () => {
    for (const l of logicals) {
      for (const id of l.operationIds) {
        const [op] = await w.db.select().from(operations).where(eq(operations.id, id));
        const audits = await w.db.select().from(auditLog).where(sql`${auditLog.details}->>'operation_id' = ${id}`);
        if (id === l.succeeded) {
          expect(op.state, `${l.label} ${id}`).toBe("succeeded");
          expect(audits.filter((a) => a.outcome === "success"), `${l.label}: one success audit`).toHaveLength(1);
        } else if (op) {
          expect(op.state, `${l.label}: a replaced operation ${id}`).toBe("failed");
          expect(audits.some((a) => a.outcome === "success")).toBe(false);
        }
        if (op) {
          expect(audits.length, `${l.label}: an audit row per attempt`).toBe(op.attempts);
          expect(new Set(audits.map((a) => (a.details as { idempotency_key?: string }).idempotency_key))).toEqual(new Set([op.idempotencyKey]));
        }
      }
    }
    const pending = await w.db.select().from(operations).where(eq(operations.state, "pending"));
    expect(pending, "no operation left with an unknown outcome").toEqual([]);
  });

  it("does not settle an operation as failed on a 429 after an attempt whose outcome was unknown", async () => {
    const { rechargeCard } = await import("@/app/(console)/cards/[cardId]/actions");
    const cardId = await w.harness.card(SINGLE_PRODUCT, { card_limit: 100 });
    const path = `/v1/issuing/cards/${cardId}/recharge`;
    const before = await q<{ n: string }>("SELECT count(*) AS n FROM emu_card_orders WHERE card_id = $1 AND order_type ILIKE '%RECHARGE%'", [cardId]);
    // Call 1: applied, both answers lost (unknown). Call 2: rate-limited twice — says nothing about call 1.
    w.harness.emu.runtime.faults.set([{ path, method: "POST", kind: "lost_response", count: 2 }, { path, method: "POST", kind: "error429", count: 2 }]);
    const operationId = randomUUID();
    const recharge = () => asSession(operator, () => rechargeCard({ operationId, card_id: cardId, amount: "1.00" })) as Promise<Result>;
    expect(await recharge()).toMatchObject({ ok: false, outcome: "unknown" });
    expect(await recharge()).toMatchObject({ ok: false });
    const [op] = await w.db.select().from(operations).where(eq(operations.id, operationId));
    expect(op.state, "still pending: the first attempt may have been applied").toBe("pending");
    expect(await recharge()).toMatchObject({ ok: true });
    const after = await q<{ n: string }>("SELECT count(*) AS n FROM emu_card_orders WHERE card_id = $1 AND order_type ILIKE '%RECHARGE%'", [cardId]);
    expect(Number(after[0].n)).toBe(Number(before[0].n) + 1);
    w.harness.emu.runtime.faults.clear();
  });

  it("answers a refund checked against a refund list UQPAY could not read with a retryable error, not a refusal", async () => {
    const { refundPayment } = await import("@/app/(console)/payments/[paymentIntentId]/actions");
    w.harness.emu.runtime.faults.set([{ path: "/v2/payment/refunds", method: "GET", kind: "error500", count: 8 }]);
    const refund = () => asSession(operator, () => refundPayment({ operationId: randomUUID(), payment_intent_id: intents[0], amount: "1.00", reason: "customer" })) as Promise<Result>;
    const first = await refund();
    expect(first).toMatchObject({ ok: false, upstream: { httpStatus: 500 } });
    expect(first.code).not.toBe("payment_action_not_allowed");
    w.harness.emu.runtime.faults.clear();
    expect(await refund()).toMatchObject({ ok: true });
  });

  it("kept the emulator's books balanced", async () => {
    const { checkBooks } = await import("@/lib/emulator/testing/books");
    expect(await checkBooks(w.harness.emu.runtime.db, "5f0c7a2e-8b1d-4c3e-9a6f-000000000001")).toEqual([]);
  });
});
