import { CANCEL_WAIT_SECONDS, ORDER_TYPES } from "../fidelity";
import type { Ctx } from "../core/context";
import { errorB } from "../core/errors";
import { isExpired, updateCard, statusWebhook, type Card } from "./card-store";
import { insertOrder } from "./orders";

/**
 * The user-driven part of the card state machine (seed 002):
 * ACTIVE ⇄ FROZEN; ACTIVE|FROZEN → PRE_CANCEL (asked as CANCELLED), CANCELLED after the wait.
 * Nothing leaves PRE_CANCEL or CANCELLED by request.
 */
export function nextStatus(current: string, target: string): string {
  if (target === "CANCELLED") {
    if (current === "ACTIVE" || current === "FROZEN") return "PRE_CANCEL";
    if (["PRE_CANCEL", "CANCELLED", "PENDING", "FAILED"].includes(current)) throw errorB("The card currently does not support cancel");
    throw errorB("Card status is invalid");
  }
  if (target === "FROZEN" && current === "ACTIVE") return "FROZEN";
  if (target === "ACTIVE" && current === "FROZEN") return "ACTIVE";
  throw errorB("Card status is invalid");
}

export async function applyStatusChange(ctx: Ctx, card: Card, target: string, reason: string | null) {
  if (isExpired(card, ctx.now)) throw errorB("The card has expired");
  const status = nextStatus(card.status, target);
  const dueAt = status === "PRE_CANCEL" ? new Date(ctx.now.getTime() + CANCEL_WAIT_SECONDS * 1000) : card.due_at;
  const order = await insertOrder(ctx.sql, {
    accountId: card.account_id,
    cardId: card.card_id,
    type: ORDER_TYPES.status,
    amount: null,
    currency: card.card_currency,
    status: "SUCCESS",
    now: ctx.now,
  });
  // The CANCELLED webhook 30 days later names this same cancel order as its source.
  const cancelOrder = status === "PRE_CANCEL" ? { cancel_order_id: order.card_order_id } : {};
  const data = { ...card.data, ...cancelOrder, update_reason: reason };
  const updated = await updateCard(ctx.sql, card, { status, due_at: dueAt, data }, ctx.now);
  if (status === "PRE_CANCEL" && dueAt) ctx.rt.noteDue(dueAt);
  ctx.emit({ eventType: "card.status.update.succeeded", sourceId: order.card_order_id, data: statusWebhook(updated) });
  return { card: updated, orderId: order.card_order_id };
}
