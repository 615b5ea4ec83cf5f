import { eq, sql } from "drizzle-orm";
import type { DB } from "@/lib/db/client";
import { webhookEvents } from "@/lib/db/schema";
import { applyEvent } from "./apply";
import { parseEnvelope, type ParsedEvent } from "./envelope";
import { verifyUqpaySignature } from "./verify";

export const MAX_BODY_BYTES = 256 * 1024;

export type Delivery = { rawBody: string; timestamp: string | null; signature: string | null; nowMs: number };
export type Receipt = { httpStatus: 200 | 400 | 401 | 413; body: { received: boolean; duplicate?: boolean; reason?: string } };

/**
 * The receiver's whole decision for one delivery: verify, store once, apply once. Rejected
 * deliveries are stored with their reason and change nothing else.
 */
export async function receiveWebhook(db: DB, connection: { id: string; webhookSecret: string | null }, delivery: Delivery): Promise<Receipt> {
  const headers = { signatureHeader: delivery.signature, timestampHeader: delivery.timestamp };
  const reject = async (httpStatus: 400 | 401 | 413, reason: string, payload: Record<string, unknown> | null = null): Promise<Receipt> => {
    if (payload && hasUnstorableText(payload)) payload = null;
    const parsed = payload ? parseEnvelope(payload) : null;
    await db.insert(webhookEvents).values({
      connectionId: connection.id,
      status: "rejected",
      signatureResult: reason,
      rawBody: storable(delivery.rawBody.slice(0, MAX_BODY_BYTES)),
      payload,
      eventId: parsed?.eventId ?? null,
      eventType: parsed?.eventType ?? null,
      ...headers,
    });
    return { httpStatus, body: { received: false, reason } };
  };

  if (Buffer.byteLength(delivery.rawBody) > MAX_BODY_BYTES) return reject(413, "too_large");
  const verified = verifyUqpaySignature({ ...delivery, secret: connection.webhookSecret });
  if (!verified.ok) return reject(401, verified.reason, safeJson(delivery.rawBody));
  const payload = safeJson(delivery.rawBody);
  if (!payload) return reject(400, "bad_json");
  const event = parseEnvelope(payload);
  if (hasUnstorableText(payload) || storable(delivery.rawBody) !== delivery.rawBody) return reject(400, "unstorable_text");
  if (!event.eventId) return reject(400, "missing_event_id", payload);

  const [row] = await db
    .insert(webhookEvents)
    .values({
      connectionId: connection.id,
      status: "accepted",
      signatureResult: "valid",
      eventId: event.eventId,
      eventType: event.eventType,
      eventName: event.eventName,
      sourceId: event.sourceId,
      cardId: event.cardId,
      cardholderId: event.cardholderId,
      occurredAt: event.occurredAt,
      payload,
      rawBody: delivery.rawBody,
      ...headers,
    })
    .onConflictDoUpdate({
      target: [webhookEvents.connectionId, webhookEvents.eventId],
      targetWhere: sql`${webhookEvents.status} = 'accepted'`,
      set: { deliveryCount: sql`${webhookEvents.deliveryCount} + 1`, lastReceivedAt: sql`now()` },
    })
    .returning({ id: webhookEvents.id, receivedAt: webhookEvents.receivedAt, inserted: sql<boolean>`(xmax = 0)` });
  if (!row.inserted) return { httpStatus: 200, body: { received: true, duplicate: true } };
  await applyAndRecord(db, row.id, connection.id, event, row.receivedAt);
  return { httpStatus: 200, body: { received: true } };
}

// PostgreSQL refuses NUL in text and jsonb, and lone UTF-16 surrogates in jsonb: such a delivery
// would fail to store (a 500, retried by UQPAY forever) instead of being refused with a reason.
const storable = (text: string) => text.toWellFormed().replace(/\u0000/g, "\uFFFD");

function hasUnstorableText(value: unknown): boolean {
  if (typeof value === "string") return storable(value) !== value;
  if (Array.isArray(value)) return value.some(hasUnstorableText);
  if (value && typeof value === "object") return Object.entries(value).some(([k, v]) => storable(k) !== k || hasUnstorableText(v));
  return false;
}

/** (Re)applies a stored, accepted event; "apply again" in the inbox uses this. */
export async function applyStored(db: DB, id: string): Promise<string> {
  const [row] = await db.select().from(webhookEvents).where(eq(webhookEvents.id, id));
  if (!row || row.status !== "accepted" || !row.payload) return "ignored";
  return applyAndRecord(db, row.id, row.connectionId, parseEnvelope(row.payload), row.receivedAt);
}

async function applyAndRecord(db: DB, id: string, connectionId: string, event: ParsedEvent, receivedAt: Date): Promise<string> {
  let applyResult: string;
  let applyError: string | null = null;
  try {
    applyResult = await applyEvent(db, connectionId, event, receivedAt);
  } catch (error) {
    // Stored and acknowledged all the same: UQPAY redelivering would not fix a local failure.
    applyResult = "failed";
    applyError = error instanceof Error ? error.message.slice(0, 500) : String(error);
  }
  await db.update(webhookEvents).set({ applyResult, applyError }).where(eq(webhookEvents.id, id));
  return applyResult;
}

function safeJson(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
