import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomBytes } from "node:crypto";
import type { DbHandle } from "@/lib/db/client";
import { openTestDb } from "@/lib/testing/test-db";
import { createConnection } from "@/lib/connections/store";
import { beginOperation, completeOperation, fingerprint, LedgerError, type OperationSpec } from "./ledger";

let handle: DbHandle;
let connectionId: string;
const actor = { id: null, email: "ops@example.com" };

beforeAll(async () => {
  handle = await openTestDb();
  const key = randomBytes(32).toString("base64");
  connectionId = (await createConnection(handle.db, key, { name: "emu", environment: "emulator", baseUrl: "http://x/api", clientId: "c", apiKey: "k" })).id;
});
afterAll(() => handle.close());

const spec = (over: Partial<OperationSpec> = {}): OperationSpec => ({
  operationId: randomUUID(),
  connectionId,
  kind: "card.recharge",
  request: { card_id: "c1", amount: "10.00" },
  actor,
  ...over,
});

describe("operations ledger", () => {
  it("fingerprints requests independently of key order", () => {
    expect(fingerprint("k", { a: 1, b: { c: 2, d: 3 } })).toBe(fingerprint("k", { b: { d: 3, c: 2 }, a: 1 }));
    expect(fingerprint("k", { a: 1 })).not.toBe(fingerprint("k", { a: 2 }));
    expect(fingerprint("k", { a: 1 })).not.toBe(fingerprint("other", { a: 1 }));
  });

  it("reuses one idempotency key for every retry of an operation and counts attempts", async () => {
    const s = spec();
    const first = await beginOperation(handle.db, s);
    const second = await beginOperation(handle.db, { ...s, request: { amount: "10.00", card_id: "c1" } });
    expect(second.idempotencyKey).toBe(first.idempotencyKey);
    expect(second.attempts).toBe(2);
    expect(second.state).toBe("pending");
  });

  it("gives a new operation a new key, even for an identical request", async () => {
    const a = await beginOperation(handle.db, spec());
    const b = await beginOperation(handle.db, spec());
    expect(a.idempotencyKey).not.toBe(b.idempotencyKey);
  });

  it("refuses an operation id reused for a different request", async () => {
    const s = spec();
    await beginOperation(handle.db, s);
    await expect(beginOperation(handle.db, { ...s, request: { card_id: "c1", amount: "99.00" } })).rejects.toBeInstanceOf(LedgerError);
  });

  it("returns a settled operation as it ended instead of starting it again", async () => {
    const s = spec();
    const entry = await beginOperation(handle.db, s);
    await completeOperation(handle.db, entry.id, { state: "succeeded", responseSummary: { card_order_id: "o1" } });
    const again = await beginOperation(handle.db, s);
    expect(again).toMatchObject({ state: "succeeded", responseSummary: { card_order_id: "o1" }, attempts: 1 });

    const f = spec();
    const failed = await beginOperation(handle.db, f);
    await completeOperation(handle.db, failed.id, { state: "failed", errorCode: "Insufficient balance" });
    expect(await beginOperation(handle.db, f)).toMatchObject({ state: "failed", errorCode: "Insufficient balance" });
  });

  it("hands out one key when the same operation starts concurrently", async () => {
    const s = spec();
    const entries = await Promise.all(Array.from({ length: 8 }, () => beginOperation(handle.db, s)));
    expect(new Set(entries.map((e) => e.idempotencyKey)).size).toBe(1);
  });
});
