import { ORDER_TYPES, SHARE_RECHARGE_ALLOWED } from "../fidelity";
import { isoUqpay } from "../core/clock";
import type { Ctx } from "../core/context";
import { errorB } from "../core/errors";
import { Decimal, dec, hasAtMostDecimals, parseAmount, webhookAmount } from "../core/money";
import { requireCard, updateCard, type Card } from "./card-store";
import { requireChangeable } from "./card-update";
import { moveIssuing } from "./ledger";
import { insertOrder, orderView } from "./orders";

type Direction = "recharge" | "withdraw";

function readAmount(ctx: Ctx, direction: Direction): Decimal {
  const amount = parseAmount(ctx.body.amount);
  if (!amount || !amount.greaterThan(0) || !hasAtMostDecimals(amount, 2)) {
    throw errorB(direction === "recharge" ? "Recharge amount is invalid" : "Withdraw amount is invalid");
  }
  return amount;
}

/**
 * Moves money between the issuing balance and a SINGLE (prepaid) card. SHARE cards hold no
 * funds of their own, so neither direction applies to them (fidelity.SHARE_RECHARGE_ALLOWED).
 */
async function move(ctx: Ctx, direction: Direction) {
  const card = await requireCard(ctx.sql, ctx.account.account_id, ctx.params.id);
  const amount = readAmount(ctx, direction);
  requireChangeable(card, ctx.now, "Invalid expiry date");
  if (card.mode_type === "SHARE" && !SHARE_RECHARGE_ALLOWED) {
    throw errorB(direction === "recharge" ? "The card currently does not support recharge" : "Card withdraw not support");
  }
  if (direction === "withdraw" && amount.greaterThan(card.balance)) throw errorB("Card available limit insufficient");
  const moved = await moveIssuing(ctx.sql, {
    accountId: card.account_id,
    currency: card.card_currency,
    delta: direction === "recharge" ? amount.negated() : amount,
    type: direction === "recharge" ? "CARD_RECHARGE" : "CARD_WITHDRAW",
    description: direction === "recharge" ? "Card recharge" : "Card withdraw",
    cardId: card.card_id,
    now: ctx.now,
  });
  if (!moved.ok) throw errorB(moved.reason === "no_balance" ? "Account balance not exists" : "Insufficient balance");
  const balance = direction === "recharge" ? dec(card.balance).plus(amount) : dec(card.balance).minus(amount);
  const updated = await updateCard(ctx.sql, card, { balance: balance.toFixed() }, ctx.now);
  const order = await insertOrder(ctx.sql, {
    accountId: card.account_id,
    cardId: card.card_id,
    type: ORDER_TYPES[direction],
    amount: amount.toFixed(),
    currency: card.card_currency,
    status: "SUCCESS",
    now: ctx.now,
  });
  ctx.emit({ eventType: `card.${direction}.succeeded`, sourceId: order.card_order_id, data: fundsWebhook(updated, order.card_order_id, amount, ctx.now) });
  return orderView(order);
}

function fundsWebhook(card: Card, orderId: string, amount: Decimal, now: Date) {
  return {
    amount: webhookAmount(amount),
    card_available_balance: webhookAmount(card.balance),
    card_currency: card.card_currency,
    card_id: card.card_id,
    card_order_id: orderId,
    card_status: card.status,
    complete_time: isoUqpay(now),
    order_status: "SUCCESS",
    update_time: isoUqpay(now),
  };
}

export const rechargeCard = (ctx: Ctx) => move(ctx, "recharge");
export const withdrawCard = (ctx: Ctx) => move(ctx, "withdraw");
