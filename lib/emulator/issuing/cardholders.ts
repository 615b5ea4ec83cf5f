import type { Ctx } from "../core/context";
import { cardholderNotFound, errorA, invalidRequest } from "../core/errors";
import { pageBody, readPage, Where } from "../core/pagination";
import { checkSumsubCountry, requireBaseFields, validateCardholderFields, type Fields } from "./cardholder-rules";
import {
  assertUnique,
  cardholderView,
  cardholderWebhookData,
  insertCardholder,
  kycOutcome,
  loadCardholder,
  mergedFields,
  saveCardholder,
  type Cardholder,
  type KycOutcome,
} from "./cardholder-store";

const CREATE_FIELDS = [
  "email", "first_name", "last_name", "country_code", "phone_number", "date_of_birth", "gender", "nationality",
  "residential_address", "identity", "kyc_verification", "document_type", "document", "delivery_address",
];
const UPDATE_FIELDS = CREATE_FIELDS.filter((f) => f !== "first_name" && f !== "last_name");
const KYC_FIELDS = ["identity", "residential_address", "kyc_verification", "date_of_birth", "nationality", "document"];
const STATUSES = ["PENDING", "SUCCESS", "INCOMPLETE", "FAILED"];

export const pick = (body: Fields, keys: string[]): Fields =>
  Object.fromEntries(keys.filter((k) => body[k] !== undefined).map((k) => [k, body[k]]));

export function createResponse(ch: Cardholder, kyc: KycOutcome) {
  const body: Record<string, unknown> = { cardholder_id: ch.cardholder_id, cardholder_status: ch.status };
  if (kyc.idv.idv_verification_url) {
    body.idv_verification_url = kyc.idv.idv_verification_url;
    body.idv_url_expires_at = kyc.idv.idv_url_expires_at;
  }
  return body;
}

/** Validation shared with the one-step card path: field rules, then uniqueness. */
export async function validateNewCardholder(ctx: Ctx, fields: Fields): Promise<void> {
  validateCardholderFields(fields, fields, ctx.now);
  await assertUnique(ctx.sql, ctx.account.account_id, fields, null);
}

export async function createCardholder(ctx: Ctx) {
  const fields = pick(ctx.body, CREATE_FIELDS);
  checkSumsubCountry(fields);
  requireBaseFields(fields);
  await validateNewCardholder(ctx, fields);
  const { cardholder, kyc } = await insertCardholder(ctx, fields);
  return createResponse(cardholder, kyc);
}

async function countCards(ctx: Ctx, ids: string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows = await ctx.sql.query<{ cardholder_id: string; n: number }>(
    "SELECT cardholder_id, count(*)::int AS n FROM emu_cards WHERE account_id = $1 AND cardholder_id = ANY($2::uuid[]) GROUP BY cardholder_id",
    [ctx.account.account_id, ids],
  );
  return new Map(rows.map((r) => [r.cardholder_id, r.n]));
}

export async function listCardholders(ctx: Ctx) {
  const page = readPage(ctx.query);
  const status = ctx.query.get("cardholder_status");
  if (status && !STATUSES.includes(status)) throw invalidRequest("cardholder_status: must be one of PENDING, SUCCESS, INCOMPLETE, FAILED");
  const where = new Where("account_id = ?", ctx.account.account_id).addIf(status, "status = ?", status);
  const [{ count }] = await ctx.sql.query<{ count: number }>(
    `SELECT count(*)::int AS count FROM emu_cardholders WHERE ${where.sql()}`,
    where.params,
  );
  const rows = await ctx.sql.query<Cardholder>(
    `SELECT * FROM emu_cardholders WHERE ${where.sql()} ORDER BY seq DESC LIMIT ${page.size} OFFSET ${page.offset}`,
    where.params,
  );
  const counts = await countCards(ctx, rows.map((r) => r.cardholder_id));
  return pageBody(rows.map((r) => cardholderView(r, counts.get(r.cardholder_id) ?? 0)), count, page);
}

export async function retrieveCardholder(ctx: Ctx) {
  const ch = await loadCardholder(ctx.sql, ctx.account.account_id, ctx.params.id);
  if (!ch) throw cardholderNotFound();
  const counts = await countCards(ctx, [ch.cardholder_id]);
  return cardholderView(ch, counts.get(ch.cardholder_id) ?? 0);
}

export async function updateCardholder(ctx: Ctx) {
  const ch = await loadCardholder(ctx.sql, ctx.account.account_id, ctx.params.id);
  if (!ch) throw cardholderNotFound();
  for (const name of ["first_name", "last_name"]) {
    if (ctx.body[name] !== undefined) throw invalidRequest(`${name}: cannot be updated`);
  }
  const patch = pick(ctx.body, UPDATE_FIELDS);
  const touchesKyc = KYC_FIELDS.some((f) => patch[f] !== undefined);
  if (touchesKyc && ch.status === "PENDING") {
    throw errorA("cardholder_error", "cardholder_cannot_update_during_review", "cannot update KYC fields while review is pending");
  }
  const current = mergedFields(ch);
  const sameDocument = (patch.identity as Fields | undefined)?.number === (current.identity as Fields | undefined)?.number;
  if (patch.identity !== undefined && ch.status === "SUCCESS" && sameDocument) {
    throw errorA("cardholder_error", "document_duplicated", "document already successfully reviewed");
  }
  const merged = { ...current, ...patch };
  validateCardholderFields(patch, merged, ctx.now);
  await assertUnique(ctx.sql, ctx.account.account_id, patch, ch.cardholder_id);
  const reverify = patch.kyc_verification !== undefined || patch.identity !== undefined;
  const kyc: KycOutcome = reverify ? kycOutcome(ctx, ch.cardholder_id, merged) : { status: ch.status, verification_status: "", idv: {} };
  const saved = await saveCardholder(ctx.sql, ch, { ...merged, ...kyc.idv }, kyc.status, ctx.now);
  ctx.emit({ eventType: "cardholder.updated", sourceId: saved.cardholder_id, data: cardholderWebhookData(saved) });
  if (saved.status !== ch.status) {
    ctx.emit({ eventType: "cardholder.kyc.status_changed", sourceId: saved.cardholder_id, data: cardholderWebhookData(saved) });
  }
  return createResponse(saved, kyc);
}
