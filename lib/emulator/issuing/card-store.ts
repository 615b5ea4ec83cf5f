import { REST_PAN_MASK } from "../fidelity";
import { isoUqpay } from "../core/clock";
import { cardNotFound } from "../core/errors";
import { isUuid } from "../core/ids";
import { Decimal, dec, restAmount, webhookAmount } from "../core/money";
import type { Sql } from "../db";
import { reducedCardholderView, type Cardholder, cardholderView } from "./cardholder-store";

export interface SpendingControl {
  amount: string;
  interval: string;
}

export interface RiskControls {
  allow_3ds_transactions: "Y" | "N";
  enable_3ds?: "Y" | "N";
  allowed_mcc: string[] | null;
  blocked_mcc: string[] | null;
}

export interface CardData {
  card_bin: string;
  card_scheme: string;
  form_factor: "VIRTUAL" | "PHYSICAL";
  cvv: string;
  expire_date: string;
  spending_controls: SpendingControl[];
  risk_controls: RiskControls;
  metadata: Record<string, unknown>;
  no_pin_payment_amount: string;
  update_reason: string | null;
  usage_type: "NORMAL" | "ONE_TIME";
  auto_cancel_trigger: string | null;
  expiry_at: string | null;
  name_on_card: string | null;
  create_order_id: string;
  cancel_order_id?: string;
}

export interface Card {
  card_id: string;
  account_id: string;
  cardholder_id: string;
  product_id: string;
  pan: string;
  pan_last4: string;
  status: string;
  mode_type: "SHARE" | "SINGLE";
  card_currency: string;
  card_limit: string;
  balance: string;
  consumed: string;
  due_at: Date | null;
  data: CardData;
  created_at: Date;
  updated_at: Date;
}

export async function loadCard(sql: Sql, accountId: string, cardId: string): Promise<Card | null> {
  if (!isUuid(cardId)) return null;
  const rows = await sql.query<Card>("SELECT * FROM emu_cards WHERE account_id = $1 AND card_id = $2::uuid", [accountId, cardId]);
  return rows[0] ?? null;
}

export async function requireCard(sql: Sql, accountId: string, cardId: string): Promise<Card> {
  const card = await loadCard(sql, accountId, cardId);
  if (!card) throw cardNotFound();
  return card;
}

export async function updateCard(sql: Sql, card: Card, patch: Partial<Pick<Card, "status" | "card_limit" | "balance" | "consumed" | "due_at" | "data">>, now: Date): Promise<Card> {
  const next = { ...card, ...patch };
  const rows = await sql.query<Card>(
    `UPDATE emu_cards SET status = $2, card_limit = $3, balance = $4, consumed = $5, due_at = $6, data = $7, updated_at = $8
     WHERE card_id = $1 RETURNING *`,
    [card.card_id, next.status, next.card_limit, next.balance, next.consumed, next.due_at, JSON.stringify(next.data), now],
  );
  return rows[0];
}

/** Cards created with `expiry_at` stop accepting changes once the emulated clock passes it. */
export function isExpired(card: Card, now: Date): boolean {
  return card.data.expiry_at !== null && Date.parse(card.data.expiry_at) <= now.getTime();
}

/** BIN (first 8 digits) + 4 stars + last 4: the webhook form, and the REST form in seed 000. */
export const maskBin8 = (pan: string) => `${pan.slice(0, 8)}****${pan.slice(-4)}`;
export const maskRest = (pan: string) => (REST_PAN_MASK === "bin8" ? maskBin8(pan) : `************${pan.slice(-4)}`);

/**
 * SINGLE cards hold their own funds. SHARE cards spend the issuing balance up to card_limit
 * (a limit of 0 means no card-level cap), so the issuing balance also bounds them.
 */
export function availableBalance(card: Card, issuing: Decimal | undefined): Decimal {
  if (card.mode_type === "SINGLE") return dec(card.balance);
  const pool = issuing ?? new Decimal(0);
  const limit = dec(card.card_limit);
  if (limit.isZero()) return pool;
  return Decimal.max(0, Decimal.min(limit.minus(card.consumed), pool));
}

export function cardListView(card: Card, holder: Cardholder | undefined, issuing: Decimal | undefined) {
  return {
    card_id: card.card_id,
    card_bin: card.data.card_bin,
    card_number: maskRest(card.pan),
    card_scheme: card.data.card_scheme,
    card_status: card.status,
    card_currency: card.card_currency,
    card_limit: restAmount(card.card_limit),
    available_balance: restAmount(availableBalance(card, issuing)),
    consumed_amount: restAmount(card.consumed),
    form_factor: card.data.form_factor,
    mode_type: card.mode_type,
    card_product_id: card.product_id,
    cardholder: holder ? reducedCardholderView(holder) : null,
    create_time: isoUqpay(card.created_at),
  };
}

export function cardView(card: Card, holder: Cardholder | undefined, issuing: Decimal | undefined, cardsOfHolder: number) {
  return {
    ...cardListView(card, undefined, issuing),
    cardholder: holder ? cardholderView(holder, cardsOfHolder) : null,
    no_pin_payment_amount: `${webhookAmount(card.data.no_pin_payment_amount)}${card.card_currency}`,
    spending_controls: card.data.spending_controls.map((s) => ({ amount: restAmount(s.amount), interval: s.interval })),
    risk_controls: card.data.risk_controls,
    metadata: card.data.metadata,
    update_reason: card.data.update_reason ?? "",
    usage_type: card.data.usage_type,
    ...(card.data.name_on_card ? { name_on_card: card.data.name_on_card } : {}),
  };
}

/** `card.create.succeeded` data (webhooks.md §4, real capture in the Go SDK). */
export function cardCreatedWebhook(card: Card, holder: Cardholder | undefined, issuing: Decimal | undefined) {
  return {
    card_available_balance: webhookAmount(availableBalance(card, issuing)),
    card_bin: card.data.card_bin,
    card_currency: card.card_currency,
    card_id: card.card_id,
    card_number: maskBin8(card.pan),
    card_product_id: card.product_id,
    card_scheme: card.data.card_scheme,
    card_status: card.status,
    cardholder: holder ? { ...reducedCardholderView(holder), create_time: isoUqpay(holder.created_at) } : null,
    form_factor: card.data.form_factor,
    metadata: card.data.metadata,
    mode_type: card.mode_type,
    risk_control: card.data.risk_controls,
    spending_limits: card.data.spending_controls.map((s) => ({ amount: webhookAmount(s.amount), interval: s.interval })),
  };
}

/** `card.update.succeeded` data: a full snapshot; note the lower-case order_status of the real capture. */
export function cardUpdatedWebhook(card: Card, orderId: string, issuing: Decimal | undefined) {
  return {
    available_balance: webhookAmount(availableBalance(card, issuing)),
    card_bin: card.data.card_bin,
    card_currency: card.card_currency,
    card_id: card.card_id,
    card_limit: webhookAmount(card.card_limit),
    card_number: maskBin8(card.pan),
    card_order_id: orderId,
    card_product_id: card.product_id,
    card_scheme: card.data.card_scheme,
    card_status: card.status,
    form_factor: card.data.form_factor,
    metadata: card.data.metadata,
    mode_type: card.mode_type,
    no_pin_payment_amount: card.card_currency,
    order_status: "success",
    risk_control: card.data.risk_controls,
    spending_controls: card.data.spending_controls.map((s) => ({ amount: webhookAmount(s.amount), interval: s.interval })),
  };
}

export function statusWebhook(card: Card) {
  return {
    card_id: card.card_id,
    card_number: maskBin8(card.pan),
    card_status: card.status,
    ...(card.data.update_reason ? { update_reason: card.data.update_reason } : {}),
    update_time: isoUqpay(card.updated_at),
  };
}
