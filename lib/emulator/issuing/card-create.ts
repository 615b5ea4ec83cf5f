import { CREATE_CARD_STATUS, CREATE_ORDER_STATUS, ORDER_TYPES } from "../fidelity";
import { isoUqpay } from "../core/clock";
import type { Ctx } from "../core/context";
import { errorA, errorB, invalidRequest } from "../core/errors";
import { generatePan, randomDigits, uuid } from "../core/ids";
import { Decimal, hasAtMostDecimals, parseAmount } from "../core/money";
import { loadProduct, type Product } from "./products";
import { DEFAULT_RISK_CONTROLS, parseMetadata, parseRiskControls, parseSpendingControls } from "./card-controls";
import type { Card, CardData } from "./card-store";
import { resolveCardholder, type ResolvedHolder } from "./card-holder-resolve";
import { moveIssuing } from "./ledger";
import { insertOrder } from "./orders";

const cardError = (code: string, message?: string) => errorA("card_error", code, message);

function readLimit(value: unknown, product: Product): Decimal {
  const limit = value === undefined || value === null ? new Decimal(0) : parseAmount(value);
  if (!limit || limit.isNegative() || !hasAtMostDecimals(limit, 2)) throw errorB("Card limit is illegal");
  if (limit.lessThan(product.min_card_limit) || limit.greaterThan(product.max_card_limit)) {
    throw cardError("limit_out_of_range", "card limit is either less than minimum card limit or greater than maximum card limit");
  }
  return limit;
}

function readOptions(ctx: Ctx) {
  const b = ctx.body;
  const usage = b.usage_type ?? "NORMAL";
  if (usage !== "NORMAL" && usage !== "ONE_TIME") throw invalidRequest("usage_type: must be NORMAL or ONE_TIME");
  const trigger = b.auto_cancel_trigger ?? null;
  // Seed 004: these codes are their own message; no separate message field is returned.
  if (usage === "ONE_TIME" && trigger === null) throw cardError("auto_cancel_trigger cannot be empty");
  if (trigger !== null && trigger !== "ON_AUTH" && trigger !== "ON_CAPTURE") throw cardError("invalid auto_cancel_trigger");
  let expiryAt: string | null = null;
  if (b.expiry_at !== undefined && b.expiry_at !== null) {
    const t = typeof b.expiry_at === "string" ? Date.parse(b.expiry_at) : NaN;
    const fiveYears = ctx.now.getTime() + 5 * 365 * 24 * 3600 * 1000;
    if (Number.isNaN(t) || t <= ctx.now.getTime() || t > fiveYears) throw cardError("invalid expiry_at");
    expiryAt = isoUqpay(new Date(t));
  }
  if (b.name_on_card !== undefined && (typeof b.name_on_card !== "string" || b.name_on_card.length > 26)) {
    throw invalidRequest("name_on_card: must be a string of at most 26 characters");
  }
  const spending = b.spending_controls === undefined ? { ok: true as const, value: [] } : parseSpendingControls(b.spending_controls);
  if (!spending.ok) throw invalidRequest(spending.reason);
  const risk = b.risk_controls === undefined ? { ok: true as const, value: DEFAULT_RISK_CONTROLS } : parseRiskControls(b.risk_controls);
  if (!risk.ok && risk.reason === "conflict") throw cardError("risk_control_not_allowed", "risk control setting is not allowed");
  if (!risk.ok) throw invalidRequest(risk.reason);
  const metadata = b.metadata === undefined ? { ok: true as const, value: {} } : parseMetadata(b.metadata, false);
  if (!metadata.ok) throw invalidRequest(metadata.reason);
  return {
    usage: usage as CardData["usage_type"],
    trigger: trigger as string | null,
    expiryAt,
    nameOnCard: (b.name_on_card as string | undefined) ?? null,
    spending: spending.value,
    risk: risk.value,
    metadata: metadata.value,
  };
}

async function checkQuotas(ctx: Ctx, cardholderId: string): Promise<void> {
  const rows = await ctx.sql.query<{ account: number; holder: number }>(
    `SELECT (SELECT coalesce(sum(n), 0) FROM emu_card_counts WHERE account_id = $1 AND status NOT IN ('CANCELLED', 'FAILED'))::int AS account,
            (SELECT count(*) FROM emu_cards WHERE account_id = $1 AND cardholder_id = $2 AND status NOT IN ('CANCELLED', 'FAILED'))::int AS holder`,
    [ctx.account.account_id, cardholderId],
  );
  const { settings } = ctx.account;
  if (rows[0].account >= settings.card_quota) throw cardError("account_quota_exceeded", "card quota of account exceeds limit");
  if (rows[0].holder >= settings.cardholder_card_quota) throw cardError("cardholder_quota_exceeded", "card quota of cardholder exceeds limit");
}

function expireDate(now: Date): string {
  const mm = String(now.getUTCMonth() + 1).padStart(2, "0");
  const yy = String((now.getUTCFullYear() + 3) % 100).padStart(2, "0");
  return `${mm}/${yy}`;
}

/** `POST /v1/issuing/cards`: two-step (cardholder_id) or one-step (cardholder_required_fields). */
export async function createCard(ctx: Ctx) {
  const b = ctx.body;
  const hasHolderId = typeof b.cardholder_id === "string" && b.cardholder_id !== "";
  if (!hasHolderId && (b.cardholder_required_fields === undefined || b.cardholder_required_fields === null)) {
    throw errorA("cardholder_error", "cardholder_missing_info", "either cardholder_id or complete cardholder_required_fields must be provided");
  }
  if (typeof b.card_product_id !== "string" || b.card_product_id === "") throw invalidRequest("card_product_id: required");
  if (typeof b.card_currency !== "string" || b.card_currency === "") throw invalidRequest("card_currency: required");
  const product = await loadProduct(ctx.sql, ctx.account.account_id, b.card_product_id);
  if (!product || product.product_status !== "ENABLED") {
    throw errorA("account_error", "product_not_found", "product not found or inactive");
  }
  if (ctx.account.settings.blocked_products.includes(product.product_id)) {
    throw cardError("operation_not_authorized", "requested card operation type is not authorized");
  }
  if (!product.card_currency.includes(b.card_currency)) throw cardError("currency_not_allowed", "card currency is not allowed");
  const limit = readLimit(b.card_limit, product);
  const options = readOptions(ctx);
  const holder: ResolvedHolder = await resolveCardholder(ctx, product, hasHolderId ? (b.cardholder_id as string) : null);
  await checkQuotas(ctx, holder.cardholder.cardholder_id);
  if (ctx.account.settings.exhausted_bins.includes(product.card_bin)) {
    throw cardError("insufficient_sub_bin", "insufficient available cards for sub-bin");
  }

  const cardId = uuid();
  if (product.mode_type === "SINGLE" && limit.greaterThan(0)) {
    const moved = await moveIssuing(ctx.sql, {
      accountId: ctx.account.account_id,
      currency: b.card_currency,
      delta: limit.negated(),
      type: "CARD_RECHARGE",
      description: "Creation card",
      cardId,
      now: ctx.now,
    });
    if (!moved.ok) throw errorA("account_error", "account_balance_error", "insufficient balance or currency balance unavailable");
  }
  const order = await insertOrder(ctx.sql, {
    accountId: ctx.account.account_id,
    cardId,
    type: ORDER_TYPES.create,
    amount: limit.toFixed(),
    currency: b.card_currency,
    status: CREATE_ORDER_STATUS,
    now: ctx.now,
  });
  const card = await insertCard(ctx, { cardId, product, limit, options, orderId: order.card_order_id, holder });
  return createResponse(card, order.card_order_id, holder);
}

async function insertCard(
  ctx: Ctx,
  p: { cardId: string; product: Product; limit: Decimal; options: ReturnType<typeof readOptions>; orderId: string; holder: ResolvedHolder },
): Promise<Card> {
  const pan = generatePan(p.product.card_bin);
  const data: CardData = {
    card_bin: p.product.card_bin,
    card_scheme: p.product.card_scheme,
    form_factor: "VIRTUAL",
    cvv: randomDigits(3),
    expire_date: expireDate(ctx.now),
    spending_controls: p.options.spending,
    risk_controls: p.options.risk,
    metadata: p.options.metadata,
    no_pin_payment_amount: p.product.no_pin_payment_amount[0]?.amount ?? "0",
    update_reason: null,
    usage_type: p.options.usage,
    auto_cancel_trigger: p.options.trigger,
    expiry_at: p.options.expiryAt,
    name_on_card: p.options.nameOnCard,
    create_order_id: p.orderId,
  };
  // Activation waits for the cardholder's KYC (IDV) when it is not yet SUCCESS.
  const dueAt = p.holder.cardholder.status === "SUCCESS" ? new Date(ctx.now.getTime() + ctx.rt.config.activationDelayMs) : null;
  const rows = await ctx.sql.query<Card>(
    `INSERT INTO emu_cards (card_id, account_id, cardholder_id, product_id, pan, pan_last4, status, mode_type, card_currency,
       card_limit, balance, consumed, due_at, data, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 0, $12, $13, $14, $14) RETURNING *`,
    [
      p.cardId, ctx.account.account_id, p.holder.cardholder.cardholder_id, p.product.product_id, pan, pan.slice(-4),
      CREATE_CARD_STATUS, p.product.mode_type, ctx.body.card_currency, p.limit.toFixed(),
      p.product.mode_type === "SINGLE" ? p.limit.toFixed() : "0", dueAt, JSON.stringify(data), ctx.now,
    ],
  );
  if (dueAt) ctx.rt.noteDue(dueAt);
  return rows[0];
}

function createResponse(card: Card, orderId: string, holder: ResolvedHolder) {
  const base = {
    card_id: card.card_id,
    card_order_id: orderId,
    card_status: card.status,
    order_status: CREATE_ORDER_STATUS,
    create_time: isoUqpay(card.created_at),
  };
  if (!holder.created) return base;
  const ch = holder.cardholder;
  const idv = holder.kyc?.idv ?? {};
  return {
    ...base,
    cardholder_id: ch.cardholder_id,
    cardholder_status: ch.status,
    cardholder_created: true,
    verification_status: holder.kyc?.verification_status ?? "VERIFIED",
    ...(idv.idv_verification_url
      ? { idv_verification_url: idv.idv_verification_url, idv_url_expires_at: idv.idv_url_expires_at, kyc_method: "SUMSUB_REDIRECT" }
      : {}),
    message: "card creation in progress",
  };
}

