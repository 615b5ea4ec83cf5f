import type { Runtime, WebhookEvent } from "../core/context";
import { dec } from "../core/money";
import type { Sql } from "../db";
import { loadCardholder } from "./cardholder-store";
import { cardCreatedWebhook, statusWebhook, updateCard, type Card } from "./card-store";
import { issuingAvailableByCurrency, moveIssuing } from "./ledger";
import { completeOrder } from "./orders";

const BATCH = 500;

/**
 * Applies every time-based transition that is due on the emulated clock:
 * PENDING → ACTIVE (card.create.succeeded) and PRE_CANCEL → CANCELLED (SINGLE funds go back
 * to the issuing balance). Returns the events to publish once the transaction commits.
 */
export async function applyDue(sql: Sql, now: Date): Promise<WebhookEvent[]> {
  const events: WebhookEvent[] = [];
  for (;;) {
    const due = await sql.query<Card>("SELECT * FROM emu_cards WHERE due_at IS NOT NULL AND due_at <= $1 ORDER BY due_at LIMIT $2", [
      now,
      BATCH,
    ]);
    for (const card of due) {
      if (card.status === "PENDING") events.push(await activate(sql, card, now));
      else if (card.status === "PRE_CANCEL") events.push(await finishCancel(sql, card, now));
      else await updateCard(sql, card, { due_at: null }, card.updated_at);
    }
    if (due.length < BATCH) return events;
  }
}

export async function nextDueAt(sql: Sql): Promise<Date | null> {
  const rows = await sql.query<{ at: Date | null }>("SELECT min(due_at) AS at FROM emu_cards WHERE due_at IS NOT NULL");
  return rows[0]?.at ? new Date(rows[0].at) : null;
}

async function activate(sql: Sql, card: Card, now: Date): Promise<WebhookEvent> {
  const updated = await updateCard(sql, card, { status: "ACTIVE", due_at: null }, now);
  await completeOrder(sql, card.data.create_order_id, "SUCCESS", now);
  const holder = await loadCardholder(sql, card.account_id, card.cardholder_id);
  const issuing = (await issuingAvailableByCurrency(sql, card.account_id)).get(card.card_currency);
  return {
    accountId: card.account_id,
    eventName: "ISSUING",
    eventType: "card.create.succeeded",
    sourceId: card.data.create_order_id,
    data: cardCreatedWebhook(updated, holder ?? undefined, issuing),
  };
}

async function finishCancel(sql: Sql, card: Card, now: Date): Promise<WebhookEvent> {
  const balance = dec(card.balance);
  if (card.mode_type === "SINGLE" && balance.greaterThan(0)) {
    await moveIssuing(sql, {
      accountId: card.account_id,
      currency: card.card_currency,
      delta: balance,
      type: "CARD_WITHDRAW",
      description: "Card cancellation refund",
      cardId: card.card_id,
      now,
    });
  }
  const updated = await updateCard(sql, card, { status: "CANCELLED", due_at: null, balance: "0" }, now);
  return {
    accountId: card.account_id,
    eventName: "ISSUING",
    eventType: "card.status.update.succeeded",
    sourceId: card.data.cancel_order_id ?? card.data.create_order_id,
    data: statusWebhook(updated),
  };
}

/** Runs the transitions under the write lock and publishes their webhooks. */
export async function runDue(rt: Runtime): Promise<Date | null> {
  return rt.mutex.run(async () => {
    const events = await rt.db.transaction((tx) => applyDue(tx, rt.clock.now()));
    rt.webhooks.publish(events);
    return nextDueAt(rt.db);
  });
}
