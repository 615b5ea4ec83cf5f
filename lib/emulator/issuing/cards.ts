import { SignJWT } from "jose";
import { PER_CARD_SENSITIVE_LIMIT, STATUS_ORDER_STATUS } from "../fidelity";
import { isoUqpay } from "../core/clock";
import type { Ctx } from "../core/context";
import { errorA, errorB, invalidRequest } from "../core/errors";
import { pageBody, readPage, Where } from "../core/pagination";
import { isUuid } from "../core/ids";
import { loadCardholder, type Cardholder } from "./cardholder-store";
import { requireCard, cardListView, cardView, type Card } from "./card-store";
import { issuingAvailableByCurrency } from "./ledger";
import { applyStatusChange } from "./card-status";

const CARD_STATUSES = ["PENDING", "ACTIVE", "FROZEN", "BLOCKED", "PRE_CANCEL", "CANCELLED", "LOST", "STOLEN", "FAILED"];

export async function listCards(ctx: Ctx) {
  const page = readPage(ctx.query);
  const q = ctx.query;
  const status = q.get("card_status");
  const holderId = q.get("cardholder_id");
  const number = q.get("card_number");
  if (status && !CARD_STATUSES.includes(status)) throw invalidRequest(`card_status: must be one of ${CARD_STATUSES.join(", ")}`);
  const accountId = ctx.account.account_id;
  if (holderId && (!isUuid(holderId) || !(await loadCardholder(ctx.sql, accountId, holderId)))) {
    throw errorB("Cardholder not found or deactivated");
  }
  const where = new Where("account_id = ?", accountId)
    .addIf(status, "status = ?", status)
    .addIf(holderId, "cardholder_id = ?::uuid", holderId);
  // A 4-digit value matches the last four; anything else the full PAN.
  if (number) where.add(number.length === 4 ? "pan_last4 = ?" : "pan = ?", number);
  const count = holderId || number ? await countWhere(ctx, where) : await countByStatus(ctx, accountId, status);
  const cards = await ctx.sql.query<Card>(
    `SELECT * FROM emu_cards WHERE ${where.sql()} ORDER BY seq DESC LIMIT ${page.size} OFFSET ${page.offset}`,
    where.params,
  );
  const holderIds = [...new Set(cards.map((c) => c.cardholder_id))];
  const holders = holderIds.length
    ? await ctx.sql.query<Cardholder>("SELECT * FROM emu_cardholders WHERE cardholder_id = ANY($1::uuid[])", [holderIds])
    : [];
  const byId = new Map(holders.map((h) => [h.cardholder_id, h]));
  const issuing = await issuingAvailableByCurrency(ctx.sql, accountId);
  return pageBody(cards.map((c) => cardListView(c, byId.get(c.cardholder_id), issuing.get(c.card_currency))), count, page);
}

async function countWhere(ctx: Ctx, where: Where): Promise<number> {
  const [{ count }] = await ctx.sql.query<{ count: number }>(`SELECT count(*)::int AS count FROM emu_cards WHERE ${where.sql()}`, where.params);
  return count;
}

/** Unfiltered and status-only totals come from the trigger-kept counts (schema.ts). */
export async function countByStatus(ctx: Ctx, accountId: string, status: string | null): Promise<number> {
  const [{ count }] = await ctx.sql.query<{ count: number }>(
    "SELECT coalesce(sum(n), 0)::int AS count FROM emu_card_counts WHERE account_id = $1 AND ($2::text IS NULL OR status = $2)",
    [accountId, status],
  );
  return count;
}

export async function retrieveCard(ctx: Ctx) {
  const card = await requireCard(ctx.sql, ctx.account.account_id, ctx.params.id);
  if (card.status === "FAILED") throw errorB("The card is failed.");
  const holder = await loadCardholder(ctx.sql, ctx.account.account_id, card.cardholder_id);
  const [{ n }] = await ctx.sql.query<{ n: number }>("SELECT count(*)::int AS n FROM emu_cards WHERE account_id = $1 AND cardholder_id = $2", [
    card.account_id,
    card.cardholder_id,
  ]);
  const issuing = await issuingAvailableByCurrency(ctx.sql, ctx.account.account_id);
  return cardView(card, holder ?? undefined, issuing.get(card.card_currency), n);
}

const SETTABLE = ["ACTIVE", "FROZEN", "CANCELLED"];

/** `POST /cards/{id}/status`: FROZEN ⇄ ACTIVE; CANCELLED → PRE_CANCEL now, CANCELLED after the wait. */
export async function updateCardStatus(ctx: Ctx) {
  const target = ctx.body.card_status;
  if (typeof target !== "string" || !SETTABLE.includes(target)) throw invalidRequest("card_status: must be one of ACTIVE, FROZEN, CANCELLED");
  const reason = ctx.body.update_reason;
  if (reason !== undefined && typeof reason !== "string") throw invalidRequest("update_reason: must be a string");
  if (typeof reason === "string" && reason.length > 100) throw errorB("Update reason is too long");
  const card = await requireCard(ctx.sql, ctx.account.account_id, ctx.params.id);
  const { orderId } = await applyStatusChange(ctx, card, target, reason ?? null);
  return {
    card_id: card.card_id,
    card_order_id: orderId,
    order_status: STATUS_ORDER_STATUS,
    update_reason: reason ?? "",
  };
}

/** Sensitive details: needs the per-account permission (403 `forbidden`) and a usable card. */
export async function secureDetails(ctx: Ctx) {
  if (!ctx.account.settings.secure_details_allowed) {
    throw errorA("unauthorized_error", "forbidden", "the API key lacks permission to retrieve sensitive card details");
  }
  const card = await requireCard(ctx.sql, ctx.account.account_id, ctx.params.id);
  requireUsable(card);
  rateLimit(ctx, card.card_id);
  return { card_number: card.pan, cvv: card.data.cvv, expire_date: card.data.expire_date };
}

/** Per-card sliding window on the emulated clock; in memory, like a gateway's rate limiter. */
function rateLimit(ctx: Ctx, cardId: string): void {
  const { max, windowSeconds } = PER_CARD_SENSITIVE_LIMIT;
  const since = ctx.now.getTime() - windowSeconds * 1000;
  const recent = (ctx.rt.rateWindows.get(cardId) ?? []).filter((t) => t > since);
  if (recent.length >= max) throw errorB("Request is too frequent", 429);
  recent.push(ctx.now.getTime());
  ctx.rt.rateWindows.set(cardId, recent);
}

function requireUsable(card: Card): void {
  if (card.status !== "ACTIVE" && card.status !== "FROZEN") {
    throw errorA("card_error", "status_not_supported", "card status or activation status not supported by request");
  }
}

/** One-time token for the secure iframe: `pan_`-prefixed JWT valid 60 s. */
export async function panToken(ctx: Ctx) {
  const card = await requireCard(ctx.sql, ctx.account.account_id, ctx.params.id);
  requireUsable(card);
  rateLimit(ctx, card.card_id);
  const iat = Math.floor(ctx.now.getTime() / 1000);
  const jwt = await new SignJWT({ card_id: card.card_id, account_id: ctx.account.account_id, purpose: "pan" })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setIssuedAt(iat)
    .setExpirationTime(iat + 60)
    .setJti(crypto.randomUUID())
    .sign(new TextEncoder().encode(ctx.rt.config.jwtSecret));
  return { token: `pan_${jwt}`, expires_in: 60, expires_at: isoUqpay(new Date((iat + 60) * 1000)) };
}
