import { randomBytes, randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/lib/db/client";
import { cardIndex, webhookEvents } from "@/lib/db/schema";
import { createConnection } from "@/lib/connections/store";
import { openTestDb } from "@/lib/testing/test-db";
import { receiveWebhook } from "./receive";
import { signUqpay } from "./verify";

const secret = "whsec_receiver_test";
let handle: DbHandle;
let connection: { id: string; webhookSecret: string };

beforeAll(async () => {
  handle = await openTestDb();
  const key = randomBytes(32).toString("base64");
  const row = await createConnection(handle.db, key, { name: "emu", environment: "emulator", baseUrl: "http://x/api", clientId: "c", apiKey: "k", webhookSecret: secret });
  connection = { id: row.id, webhookSecret: secret };
});
afterAll(() => handle.close());

function statusEvent(cardId: string, status: string, updateTime: string, eventId = randomUUID()) {
  return JSON.stringify({
    version: "V1.6.0",
    event_name: "ISSUING",
    event_type: "card.status.update.succeeded",
    event_id: eventId,
    source_id: randomUUID(),
    data: { card_id: cardId, card_number: "40963608****1244", card_status: status, update_time: updateTime },
  });
}

function deliver(rawBody: string, over: { timestamp?: string; signature?: string; nowMs?: number } = {}) {
  const nowMs = over.nowMs ?? Date.now();
  const timestamp = over.timestamp ?? String(Math.floor(nowMs / 1000));
  return receiveWebhook(handle.db, connection, { rawBody, timestamp, signature: over.signature ?? signUqpay(rawBody, timestamp, secret), nowMs });
}

const indexed = async (cardId: string) =>
  (await handle.db.select().from(cardIndex).where(and(eq(cardIndex.connectionId, connection.id), eq(cardIndex.cardId, cardId))))[0];

describe("webhook receiver", () => {
  it("rejects a forged signature, a stale timestamp and a body changed after signing, applying nothing", async () => {
    const cardId = randomUUID();
    const body = statusEvent(cardId, "FROZEN", "2026-01-01T10:00:00+08:00");
    expect(await deliver(body, { signature: "00".repeat(64) })).toEqual({ httpStatus: 401, body: { received: false, reason: "invalid_signature" } });
    const old = Date.now() - 10 * 60_000;
    expect((await deliver(body, { nowMs: Date.now(), timestamp: String(Math.floor(old / 1000)), signature: signUqpay(body, String(Math.floor(old / 1000)), secret) })).body.reason).toBe("stale_timestamp");
    const ts = String(Math.floor(Date.now() / 1000));
    expect((await deliver(body.replace("FROZEN", "ACTIVE"), { timestamp: ts, signature: signUqpay(body, ts, secret) })).httpStatus).toBe(401);
    expect(await indexed(cardId)).toBeUndefined();
    const rejected = await handle.db.select().from(webhookEvents).where(eq(webhookEvents.status, "rejected"));
    expect(rejected.map((r) => r.signatureResult)).toEqual(expect.arrayContaining(["invalid_signature", "stale_timestamp"]));
  });

  it("stores an event delivered five times once, applies it once, and counts the deliveries", async () => {
    const cardId = randomUUID();
    const body = statusEvent(cardId, "FROZEN", "2026-01-01T10:00:00+08:00");
    const receipts = [];
    for (let i = 0; i < 5; i++) receipts.push(await deliver(body));
    expect(receipts.map((r) => r.body.duplicate ?? false)).toEqual([false, true, true, true, true]);
    const rows = await handle.db.select().from(webhookEvents).where(eq(webhookEvents.cardId, cardId));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ deliveryCount: 5, applyResult: "applied", status: "accepted" });
    expect((await indexed(cardId)).status).toBe("FROZEN");
  });

  it("leaves the card in its latest state when events arrive in reverse order", async () => {
    const cardId = randomUUID();
    const events = [
      statusEvent(cardId, "ACTIVE", "2026-01-01T10:00:00+08:00"),
      statusEvent(cardId, "FROZEN", "2026-01-01T10:05:00+08:00"),
      statusEvent(cardId, "ACTIVE", "2026-01-01T10:10:00+08:00"),
      statusEvent(cardId, "PRE_CANCEL", "2026-01-01T10:15:00+08:00"),
    ];
    for (const body of [...events].reverse()) await deliver(body);
    expect((await indexed(cardId)).status).toBe("PRE_CANCEL");
    const results = (await handle.db.select().from(webhookEvents).where(eq(webhookEvents.cardId, cardId))).map((r) => r.applyResult);
    expect(results.sort()).toEqual(["applied", "stale", "stale", "stale"]);
  });

  it("stores a burst of 1,000 events with 20% duplicates, concurrently, with none lost or doubled", async () => {
    const bodies = Array.from({ length: 800 }, (_, i) => statusEvent(randomUUID(), "ACTIVE", `2026-02-01T10:${String(i % 60).padStart(2, "0")}:00+08:00`));
    const deliveries = [...bodies, ...bodies.slice(0, 200)].sort(() => Math.random() - 0.5);
    const ids = new Set(bodies.map((b) => JSON.parse(b).event_id as string));
    for (let i = 0; i < deliveries.length; i += 25) await Promise.all(deliveries.slice(i, i + 25).map((b) => deliver(b)));
    const stored = (await handle.db.select({ eventId: webhookEvents.eventId, n: webhookEvents.deliveryCount }).from(webhookEvents)).filter((r) => ids.has(r.eventId!));
    expect(stored).toHaveLength(800);
    expect(stored.reduce((sum, r) => sum + r.n, 0)).toBe(1000);
  });

  it("acknowledges and stores unknown event types without applying them", async () => {
    const body = JSON.stringify({ version: "V1.6.0", event_name: "DEPOSIT", event_type: "deposit.completed", event_id: randomUUID(), data: {} });
    expect((await deliver(body)).httpStatus).toBe(200);
    const [row] = await handle.db.select().from(webhookEvents).where(eq(webhookEvents.eventType, "deposit.completed"));
    expect(row.applyResult).toBe("ignored");
  });
});
