import { SIMULATOR_BIN, SIMULATOR_MCC } from "../fidelity";
import type { Ctx } from "../core/context";
import { errorB, invalidRequest } from "../core/errors";
import { Decimal, dec, hasAtMostDecimals, parseAmount } from "../core/money";
import { availableBalance, loadCard, updateCard, type Card } from "./card-store";
import { cardTxnView, cardTxnWebhook, insertCardTxn, loadCardTxn, type Merchant } from "./card-transactions";
import { applyStatusChange } from "./card-status";
import { issuingAvailableByCurrency, moveIssuing } from "./ledger";

const authError = () => errorB("Card authorize transaction is error");

function requireString(ctx: Ctx, name: string): string {
  const v = ctx.body[name];
  if (typeof v !== "string" || v === "") throw invalidRequest(`${name}: required`);
  return v;
}

/** Restrictions the simulator enforces before authorising (seed 004 "Restrict config error"). */
function checkRestrictions(card: Card, mcc: string, amount: Decimal): void {
  const risk = card.data.risk_controls;
  const blocked = (risk.allowed_mcc && !risk.allowed_mcc.includes(mcc)) || (risk.blocked_mcc?.includes(mcc) ?? false);
  const perTxn = card.data.spending_controls.find((s) => s.interval === "PER_TRANSACTION");
  if (blocked || (perTxn && amount.greaterThan(perTxn.amount))) throw errorB("Restrict config error");
}

/** Why UQPAY itself would decline: such authorisations are recorded as DECLINED, not refused. */
function declineReason(card: Card, amount: Decimal, available: Decimal): string | null {
  if (card.status !== "ACTIVE") return "1078 - Card is not active";
  if (amount.greaterThan(available)) return "1116 - Insufficient funds";
  return null;
}

/** `POST /v1/simulation/issuing/authorization`: BIN 40963608 and MCC 5734 only (testing-in-sandbox). */
export async function simulateAuthorization(ctx: Ctx) {
  const cardId = requireString(ctx, "card_id");
  const currency = requireString(ctx, "transaction_currency");
  const merchantName = requireString(ctx, "merchant_name");
  const mcc = requireString(ctx, "merchant_category_code");
  const card = await loadCard(ctx.sql, ctx.account.account_id, cardId);
  if (!card || card.data.card_bin !== SIMULATOR_BIN || card.status === "CANCELLED") throw errorB("Card does not exists");
  if (mcc !== SIMULATOR_MCC) throw errorB("MCC is error");
  const amount = parseAmount(ctx.body.transaction_amount);
  if (!amount || !amount.greaterThan(0) || !hasAtMostDecimals(amount, 2) || currency !== card.card_currency) throw authError();
  checkRestrictions(card, mcc, amount);
  const issuing = (await issuingAvailableByCurrency(ctx.sql, card.account_id)).get(card.card_currency);
  const available = availableBalance(card, issuing);
  const reason = declineReason(card, amount, available);
  let updated = card;
  if (!reason) {
    if (card.mode_type === "SHARE") {
      const moved = await moveIssuing(ctx.sql, {
        accountId: card.account_id, currency: card.card_currency, delta: amount.negated(), type: "ISSUING_AUTHORIZATION",
        description: `Authorization ${merchantName}`, cardId: card.card_id, now: ctx.now,
      });
      if (!moved.ok) throw authError();
    }
    updated = await updateCard(ctx.sql, card, {
      consumed: dec(card.consumed).plus(amount).toFixed(),
      balance: card.mode_type === "SINGLE" ? dec(card.balance).minus(amount).toFixed() : card.balance,
    }, ctx.now);
  }
  const merchant: Merchant = { category_code: mcc, city: "Singapore", country: "SG", name: merchantName };
  const txn = await insertCardTxn(ctx, {
    card: updated, type: "AUTHORIZATION", status: reason ? "DECLINED" : "APPROVED", originalId: null, amount, currency,
    available: reason ? available : available.minus(amount), description: reason ?? "", merchant,
  });
  ctx.emit({ eventType: "issuing.transaction.authorization", sourceId: txn.transaction_id, data: cardTxnWebhook(txn) });
  // A one-time card with auto_cancel_trigger ON_AUTH is cancelled by its first approved authorisation.
  if (!reason && updated.data.usage_type === "ONE_TIME" && updated.data.auto_cancel_trigger === "ON_AUTH") {
    await applyStatusChange(ctx, updated, "CANCELLED", "auto cancelled on authorization");
  }
  return cardTxnView(txn);
}

/** `POST /v1/simulation/issuing/reversal`: gives an approved, unreversed authorisation back in full. */
export async function simulateReversal(ctx: Ctx) {
  const id = requireString(ctx, "transaction_id");
  const original = await loadCardTxn(ctx, id);
  if (!original || original.transaction_type !== "AUTHORIZATION" || original.status !== "APPROVED" || original.reversed) {
    throw errorB("Card reversal transaction is error");
  }
  const card = await loadCard(ctx.sql, ctx.account.account_id, original.card_id);
  if (!card) throw errorB("Card reversal transaction is error");
  const amount = dec(original.amount);
  // SHARE spend came from the issuing balance; a cancelled SINGLE card has already been refunded there.
  if (card.mode_type === "SHARE" || card.status === "CANCELLED") {
    const moved = await moveIssuing(ctx.sql, {
      accountId: card.account_id, currency: card.card_currency, delta: amount, type: "ISSUING_REVERSAL",
      description: `Reversal ${original.data.merchant.name}`, cardId: card.card_id, now: ctx.now,
    });
    if (!moved.ok) throw errorB("Card reversal transaction is error");
  }
  const refundToCard = card.mode_type === "SINGLE" && card.status !== "CANCELLED";
  const updated = await updateCard(ctx.sql, card, {
    consumed: Decimal.max(0, dec(card.consumed).minus(amount)).toFixed(),
    balance: refundToCard ? dec(card.balance).plus(amount).toFixed() : card.balance,
  }, ctx.now);
  await ctx.sql.query("UPDATE emu_card_txns SET reversed = true WHERE transaction_id = $1", [original.transaction_id]);
  const issuing = (await issuingAvailableByCurrency(ctx.sql, card.account_id)).get(card.card_currency);
  const txn = await insertCardTxn(ctx, {
    card: updated, type: "REVERSAL", status: "APPROVED", originalId: original.transaction_id, amount, currency: original.currency,
    available: availableBalance(updated, issuing), description: "", merchant: original.data.merchant,
  });
  ctx.emit({ eventType: "issuing.transaction.reversal", sourceId: txn.transaction_id, data: cardTxnWebhook(txn) });
  return cardTxnView(txn);
}
