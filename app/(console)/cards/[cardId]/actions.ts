"use server";

import { revalidatePath } from "next/cache";
import { ActionError, fieldErrorsOf, serverAction } from "@/lib/actions/server-action";
import { writeAudit } from "@/lib/audit/write";
import { cardForAction, cardMutation } from "@/lib/cards/operations";
import { isSimulatorCapable } from "@/lib/cards/simulator";
import { toCardView, toTransactionView } from "@/lib/cards/view";
import { activeUqpay } from "@/lib/connections";
import { issuingAvailable } from "@/lib/data/cards";
import { isUqpayError } from "@/lib/uqpay";
import {
  cancelCardSchema,
  cardFundsBaseSchema,
  cardFundsSchema,
  freezeCardSchema,
  revealCardSchema,
  simulateAuthorizationSchema,
  simulateReversalSchema,
  unfreezeCardSchema,
} from "@/lib/schemas/card-actions";
import { metadataRecord, riskControlsWire, spendingWire } from "@/lib/schemas/card-fields";
import { updateCardSchema } from "@/lib/schemas/cards";

const refresh = (cardId: string) => {
  revalidatePath(`/cards/${cardId}`);
  revalidatePath("/cards");
};

const ack = (r: { card_order_id?: string | null; order_status?: string | null; card_status?: string | null }) => ({
  card_order_id: r.card_order_id ?? null,
  order_status: r.order_status ?? null,
  card_status: r.card_status ?? null,
});

export const freezeCard = serverAction({ name: "card.freeze", role: "operator", schema: freezeCardSchema }, async (input, ctx) => {
  const client = await activeUqpay();
  await cardForAction(ctx, client.uqpay, input.card_id, input.operationId, "freeze");
  const request = { card_status: "FROZEN" as const, update_reason: input.update_reason };
  const result = await cardMutation(ctx, { ...input, kind: "card.freeze", cardId: input.card_id, request, requestSummary: request },
    (uqpay, key) => uqpay.issuing.cards.updateStatus(input.card_id, request, { idempotencyKey: key }), ack, client);
  refresh(input.card_id);
  return result;
});

export const unfreezeCard = serverAction({ name: "card.unfreeze", role: "operator", schema: unfreezeCardSchema }, async (input, ctx) => {
  const client = await activeUqpay();
  await cardForAction(ctx, client.uqpay, input.card_id, input.operationId, "unfreeze");
  const request = { card_status: "ACTIVE" as const };
  const result = await cardMutation(ctx, { ...input, kind: "card.unfreeze", cardId: input.card_id, request, requestSummary: request },
    (uqpay, key) => uqpay.issuing.cards.updateStatus(input.card_id, request, { idempotencyKey: key }), ack, client);
  refresh(input.card_id);
  return result;
});

/** Irreversible: the card goes to PRE_CANCEL, then CANCELLED after the waiting period (seed 002). */
export const cancelCard = serverAction({ name: "card.cancel", role: "operator", schema: cancelCardSchema }, async (input, ctx) => {
  const client = await activeUqpay();
  await cardForAction(ctx, client.uqpay, input.card_id, input.operationId, "cancel");
  const request = { card_status: "CANCELLED" as const, ...(input.update_reason ? { update_reason: input.update_reason } : {}) };
  const result = await cardMutation(ctx, { ...input, kind: "card.cancel", cardId: input.card_id, request, requestSummary: request },
    (uqpay, key) => uqpay.issuing.cards.updateStatus(input.card_id, request, { idempotencyKey: key }), ack, client);
  refresh(input.card_id);
  return result;
});

/** Recharge/withdraw: the amount is re-checked against the card UQPAY reports (currency precision, balance). */
function fundsAction(kind: "card.recharge" | "card.withdraw") {
  const action = kind === "card.recharge" ? "recharge" : "withdraw";
  return serverAction({ name: kind, role: "operator", schema: cardFundsBaseSchema }, async (input, ctx) => {
    const client = await activeUqpay();
    const card = await cardForAction(ctx, client.uqpay, input.card_id, input.operationId, action);
    const max = action === "withdraw" ? (card.availableBalance ?? "0") : await issuingAvailable(client.uqpay, card.currency);
    const checked = cardFundsSchema(card.currency, max, action === "withdraw" ? "card" : "issuing").safeParse(input);
    if (!checked.success) throw new ActionError("invalid_input", fieldErrorsOf(checked.error));
    const request = { amount: input.amount };
    const result = await cardMutation(ctx, { ...input, kind, cardId: input.card_id, request, requestSummary: { ...request, currency: card.currency } },
      (uqpay, key) => uqpay.issuing.cards[action](input.card_id, request, { idempotencyKey: key }),
      (order) => ({ card_order_id: order.card_order_id, order_status: order.order_status ?? null, amount: order.amount ?? input.amount }),
      client);
    refresh(input.card_id);
    return result;
  });
}
export const rechargeCard = fundsAction("card.recharge");
export const withdrawCard = fundsAction("card.withdraw");

export const updateCard = serverAction({ name: "card.update", role: "operator", schema: updateCardSchema }, async (input, ctx) => {
  const client = await activeUqpay();
  const card = await cardForAction(ctx, client.uqpay, input.card_id, input.operationId, "update");
  // UQPAY refuses card_limit changes on SINGLE cards; their funds move by recharge/withdraw instead.
  const request = {
    ...(input.card_limit && card.mode !== "SINGLE" ? { card_limit: input.card_limit } : {}),
    spending_controls: spendingWire(input.spending_controls),
    risk_controls: riskControlsWire(input.risk_controls),
    metadata: metadataRecord(input.metadata),
  };
  const result = await cardMutation(ctx, { ...input, kind: "card.update", cardId: input.card_id, request, requestSummary: { card_limit: request.card_limit ?? null } },
    (uqpay, key) => uqpay.issuing.cards.update(input.card_id, request, { idempotencyKey: key }), ack, client);
  refresh(input.card_id);
  return result;
});

/** PAN, CVV and expiry for admins; every reveal (and every failed one) is audited. Never stored or cached. */
export const revealCardDetails = serverAction({ name: "card.reveal_secure_details", role: "admin", schema: revealCardSchema }, async ({ card_id }, { user, db }) => {
  const { uqpay } = await activeUqpay();
  try {
    const details = await uqpay.issuing.cards.secureDetails(card_id);
    await writeAudit(db, { actor: user, action: "card.reveal_secure_details", target: card_id, outcome: "success" });
    return { cardNumber: details.card_number, cvv: details.cvv, expireDate: details.expire_date };
  } catch (error) {
    const code = isUqpayError(error) ? error.code : "internal_error";
    await writeAudit(db, { actor: user, action: "card.reveal_secure_details", target: card_id, outcome: "failure", details: { error_code: code } });
    throw error;
  }
});

async function simulatorCard(cardId: string) {
  const client = await activeUqpay();
  const card = toCardView(await client.uqpay.issuing.cards.retrieve(cardId));
  if (!isSimulatorCapable(card.cardBin, client.connection.environment)) throw new ActionError("simulator_unavailable");
  return { client, card };
}

export const simulateAuthorization = serverAction({ name: "simulator.authorize", role: "operator", schema: simulateAuthorizationSchema }, async (input, ctx) => {
  const { client } = await simulatorCard(input.card_id);
  const { operationId, ...request } = input;
  const result = await cardMutation(ctx, { operationId, kind: "simulator.authorize", cardId: input.card_id, request, requestSummary: request },
    (uqpay, key) => uqpay.simulator.authorize(request, { idempotencyKey: key }), toTransactionView, client);
  refresh(input.card_id);
  return result;
});

export const simulateReversal = serverAction({ name: "simulator.reverse", role: "operator", schema: simulateReversalSchema }, async (input, ctx) => {
  const { client } = await simulatorCard(input.card_id);
  const request = { transaction_id: input.transaction_id };
  const result = await cardMutation(ctx, { operationId: input.operationId, kind: "simulator.reverse", cardId: input.card_id, request, requestSummary: request },
    (uqpay, key) => uqpay.simulator.reverse(request, { idempotencyKey: key }), toTransactionView, client);
  refresh(input.card_id);
  return result;
});
