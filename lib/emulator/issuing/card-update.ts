import { ORDER_TYPES, STATUS_ORDER_STATUS } from "../fidelity";
import type { Ctx } from "../core/context";
import { errorB } from "../core/errors";
import { Decimal, dec, hasAtMostDecimals, parseAmount } from "../core/money";
import { parseMetadata, parseRiskControls, parseSpendingControls } from "./card-controls";
import { cardUpdatedWebhook, isExpired, requireCard, updateCard, type Card, type CardData } from "./card-store";
import { issuingAvailableByCurrency } from "./ledger";
import { insertOrder } from "./orders";
import { loadProduct } from "./products";

/** Cards that may be changed, recharged or withdrawn from: active, unexpired, and not one-time. */
export function requireChangeable(card: Card, now: Date, expiredMessage = "The card has expired"): void {
  if (card.data.usage_type === "ONE_TIME") throw errorB("This operation cannot be performed on One-Time Card.");
  if (isExpired(card, now)) throw errorB(expiredMessage);
  if (card.status !== "ACTIVE") throw errorB("The card is not active.");
}

async function readLimit(ctx: Ctx, card: Card): Promise<Decimal> {
  if (ctx.body.card_limit === undefined) return dec(card.card_limit);
  if (card.mode_type === "SINGLE") throw errorB("The single card not support changing card limits");
  const limit = parseAmount(ctx.body.card_limit);
  if (!limit || !hasAtMostDecimals(limit, 2)) throw errorB("Card limit is illegal");
  if (!limit.greaterThan(0)) throw errorB("Failed Update. Card Limit should be greater than 0");
  if (limit.lessThan(card.consumed)) throw errorB("Update card limit is less than the amount of used card");
  const product = await loadProduct(ctx.sql, card.account_id, card.product_id);
  if (!product) throw errorB("Not found card products");
  if (limit.greaterThan(product.max_card_limit)) throw errorB("Restrict config error");
  return limit;
}

function readControls(ctx: Ctx, card: Card, limit: Decimal): Partial<CardData> {
  const b = ctx.body;
  const patch: Partial<CardData> = {};
  if (b.spending_controls !== undefined) {
    const parsed = parseSpendingControls(b.spending_controls);
    if (!parsed.ok) throw errorB("Spending controls is error");
    for (const control of parsed.value.filter((c) => c.interval === "PER_TRANSACTION")) {
      if (!dec(control.amount).greaterThan(0)) throw errorB("Failed Update. Your transaction limit should be greater than 0");
      if (limit.greaterThan(0) && dec(control.amount).greaterThan(limit)) {
        throw errorB("Failed Update. Card Limit should be greater than Per transaction");
      }
    }
    patch.spending_controls = parsed.value;
  }
  if (b.risk_controls !== undefined) {
    const parsed = parseRiskControls(b.risk_controls, card.data.risk_controls);
    if (!parsed.ok) throw errorB(parsed.reason === "conflict" ? "risk control setting is not allowed" : "Restrict config error");
    patch.risk_controls = parsed.value;
  }
  if (b.metadata !== undefined) {
    const parsed = parseMetadata(b.metadata, true);
    if (!parsed.ok) throw errorB("Metadata is invalid");
    patch.metadata = parsed.value;
  }
  if (b.no_pin_payment_amount !== undefined) {
    const amount = parseAmount(b.no_pin_payment_amount);
    if (!amount || amount.isNegative() || !hasAtMostDecimals(amount, 2)) throw errorB("no pin payment amount failed.");
    if (amount.greaterThan(5000)) throw errorB("invalid no pin payment amount for the current currency.");
    patch.no_pin_payment_amount = amount.toFixed();
  }
  return patch;
}

/** `POST /v1/issuing/cards/{id}`: limits, spending and risk controls, metadata, no-PIN amount. */
export async function updateCardSettings(ctx: Ctx) {
  const card = await requireCard(ctx.sql, ctx.account.account_id, ctx.params.id);
  requireChangeable(card, ctx.now);
  const limit = await readLimit(ctx, card);
  const patch = readControls(ctx, card, limit);
  const updated = await updateCard(ctx.sql, card, { card_limit: limit.toFixed(), data: { ...card.data, ...patch } }, ctx.now);
  const order = await insertOrder(ctx.sql, {
    accountId: card.account_id,
    cardId: card.card_id,
    type: ORDER_TYPES.update,
    amount: null,
    currency: card.card_currency,
    status: "SUCCESS",
    now: ctx.now,
  });
  const issuing = await issuingAvailableByCurrency(ctx.sql, card.account_id);
  ctx.emit({
    eventType: "card.update.succeeded",
    sourceId: order.card_order_id,
    data: cardUpdatedWebhook(updated, order.card_order_id, issuing.get(card.card_currency)),
  });
  return { card_id: card.card_id, card_order_id: order.card_order_id, card_status: updated.status, order_status: STATUS_ORDER_STATUS };
}
