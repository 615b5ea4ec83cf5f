import { sql } from "drizzle-orm";
import type { DB } from "@/lib/db/client";
import { cardIndex, webhookObjectState } from "@/lib/db/schema";
import { tryParseAmount } from "@/lib/money";
import { parseUqpayTime, type ParsedEvent } from "./envelope";

export type ApplyResult = "applied" | "stale" | "ignored";

type Change = { objectKey: string; state: Record<string, unknown>; card?: { status?: string; availableBalance?: string } };

const text = (v: unknown) => (typeof v === "string" && v ? v : undefined);
const amount = (v: unknown) => (typeof v === "string" || typeof v === "number" ? (tryParseAmount(v) ?? undefined) : undefined);

/** What an event says about local state, or null for events the console only stores. */
function changeOf(event: ParsedEvent): Change | null {
  const type = event.eventType ?? "";
  const d = event.data;
  if (event.cardId && (type.startsWith("card.") || type.startsWith("issuing.transaction.") || type.startsWith("issuing.fee."))) {
    const status = type.startsWith("card.") ? text(d.card_status) : undefined;
    const availableBalance = amount(d.card_available_balance) ?? amount(d.available_balance);
    if (!status && !availableBalance) return null;
    return { objectKey: `card:${event.cardId}`, state: { status, availableBalance }, card: { status, availableBalance } };
  }
  if (type.startsWith("cardholder.") && event.cardholderId) {
    return { objectKey: `cardholder:${event.cardholderId}`, state: { cardholder_status: text(d.cardholder_status), idv_status: text(d.idv_status) } };
  }
  const intentId = text(d.payment_intent_id);
  if (intentId && (type.startsWith("acquiring.payment_intent.") || type.startsWith("acquiring.cancel."))) {
    return { objectKey: `payment_intent:${intentId}`, state: { intent_status: text(d.intent_status) } };
  }
  return null;
}

/**
 * Applies an accepted event unless a newer one for the same object was applied already: the
 * compare-and-set is one upsert on webhook_object_state, so concurrent deliveries cannot race.
 */
export async function applyEvent(db: DB, connectionId: string, event: ParsedEvent, receivedAt: Date): Promise<ApplyResult> {
  const change = changeOf(event);
  if (!change || !event.eventId) return "ignored";
  const occurredAt = parseUqpayTime(event.occurredAt) ?? receivedAt;
  const won = await db
    .insert(webhookObjectState)
    .values({ connectionId, objectKey: change.objectKey, occurredAt, eventId: event.eventId, state: change.state })
    .onConflictDoUpdate({
      target: [webhookObjectState.connectionId, webhookObjectState.objectKey],
      set: { occurredAt, eventId: event.eventId, state: sql`${webhookObjectState.state} || excluded.state` },
      setWhere: sql`${webhookObjectState.occurredAt} <= excluded.occurred_at`,
    })
    .returning({ key: webhookObjectState.objectKey });
  if (won.length === 0) return "stale";
  if (change.card && event.cardId) await applyToCardIndex(db, connectionId, event, change.card);
  return "applied";
}

async function applyToCardIndex(db: DB, connectionId: string, event: ParsedEvent, card: { status?: string; availableBalance?: string }) {
  const number = text(event.data.card_number);
  const set = { ...(card.status ? { status: card.status } : {}), ...(card.availableBalance ? { availableBalance: card.availableBalance } : {}), updatedAt: new Date() };
  await db
    .insert(cardIndex)
    .values({
      connectionId,
      cardId: event.cardId!,
      maskedNumber: number ?? null,
      last4: number ? number.slice(-4) : null,
      cardBin: text(event.data.card_bin) ?? null,
      productId: text(event.data.card_product_id) ?? null,
      currency: text(event.data.card_currency) ?? null,
      mode: text(event.data.mode_type) ?? null,
      ...set,
    })
    .onConflictDoUpdate({ target: [cardIndex.connectionId, cardIndex.cardId], set });
}
