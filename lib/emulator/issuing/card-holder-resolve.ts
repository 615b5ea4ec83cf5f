import type { Ctx } from "../core/context";
import { cardholderNotFound, errorA, invalidRequest } from "../core/errors";
import { BASE_FIELDS, checkSumsubCountry, validateCardholderFields, type Fields } from "./cardholder-rules";
import {
  assertUnique,
  insertCardholder,
  kycOutcome,
  loadCardholder,
  mergedFields,
  saveCardholder,
  type Cardholder,
  type KycOutcome,
} from "./cardholder-store";
import { pick } from "./cardholders";
import type { Product } from "./products";
import { missingRequired } from "./required-fields";

export interface ResolvedHolder {
  cardholder: Cardholder;
  created: boolean;
  kyc: KycOutcome | null;
}

const holderError = (code: string, message: string, missing?: unknown[]) =>
  errorA("cardholder_error", code, message, missing as never);

const HOLDER_FIELDS = [
  ...BASE_FIELDS, "date_of_birth", "gender", "nationality", "residential_address", "identity", "kyc_verification",
  "document_type", "document", "delivery_address",
];

const isObject = (v: unknown): v is Fields => v !== null && typeof v === "object" && !Array.isArray(v);

/**
 * Finds or creates the card's cardholder and enforces the product's KYC requirements:
 * two-step checks (and may supplement) an existing cardholder; one-step creates one.
 */
export async function resolveCardholder(ctx: Ctx, product: Product, cardholderId: string | null): Promise<ResolvedHolder> {
  const supplied = ctx.body.cardholder_required_fields;
  if (supplied !== undefined && supplied !== null && !isObject(supplied)) {
    throw invalidRequest("cardholder_required_fields: must be an object");
  }
  return cardholderId ? existingHolder(ctx, product, cardholderId, supplied ?? null) : oneStepHolder(ctx, product, supplied as Fields);
}

async function existingHolder(ctx: Ctx, product: Product, id: string, supplied: Fields | null): Promise<ResolvedHolder> {
  const ch = await loadCardholder(ctx.sql, ctx.account.account_id, id);
  if (!ch) throw cardholderNotFound();
  if (ch.status === "FAILED") throw holderError("cardholder_kyc_failed", "cardholder KYC has been rejected");
  if (ch.status === "PENDING") {
    if (ch.data.review_status === "MANUAL_REVIEW") throw holderError("document_review_required", "cardholder's document requires review");
    throw holderError("cardholder_kyc_pending", "cardholder KYC is under review, cannot proceed");
  }
  const current = mergedFields(ch);
  if (!supplied) {
    const missing = missingRequired(product.required_fields, current);
    if (missing.length) {
      throw holderError("kyc_insufficient", "cardholder information does not meet this product's requirements", missing);
    }
    return { cardholder: ch, created: false, kyc: null };
  }
  const patch = pick(supplied, HOLDER_FIELDS.filter((f) => f !== "first_name" && f !== "last_name"));
  const merged = { ...current, ...patch };
  const missing = missingRequired(product.required_fields, merged);
  if (missing.length) throw holderError("supplement_fields_incomplete", "supplemented cardholder fields are incomplete", missing);
  validateCardholderFields(patch, merged, ctx.now);
  await assertUnique(ctx.sql, ctx.account.account_id, patch, ch.cardholder_id);
  const kyc = patch.kyc_verification || patch.identity ? kycOutcome(ctx, ch.cardholder_id, merged) : null;
  const saved = await saveCardholder(ctx.sql, ch, { ...merged, ...(kyc?.idv ?? {}) }, kyc?.status ?? ch.status, ctx.now);
  return { cardholder: saved, created: false, kyc };
}

/** One-step issuance for a person already on file (same identity document) must reuse that cardholder. */
async function assertNewIdentity(ctx: Ctx, fields: Fields): Promise<void> {
  const number = isObject(fields.identity) ? fields.identity.number : undefined;
  if (typeof number !== "string" || number === "") return;
  const rows = await ctx.sql.query(
    "SELECT 1 FROM emu_cardholders WHERE account_id = $1 AND data->'identity'->>'number' = $2 LIMIT 1",
    [ctx.account.account_id, number],
  );
  if (rows.length) throw holderError("cardholder_already_exists", "cardholder already exists");
}

async function oneStepHolder(ctx: Ctx, product: Product, supplied: Fields): Promise<ResolvedHolder> {
  const fields = pick(supplied, HOLDER_FIELDS);
  checkSumsubCountry(fields);
  await assertNewIdentity(ctx, fields);
  const missingBase = BASE_FIELDS.filter((f) => fields[f] === undefined || fields[f] === null || fields[f] === "");
  const missingProduct = missingRequired(product.required_fields, fields).map((f) => f.name);
  const missing = [...new Set([...missingBase, ...missingProduct])];
  if (missing.length) {
    // Seed 001 lists plain field names here (unlike kyc_insufficient's field objects).
    throw holderError("cardholder_incomplete_fields", "cardholder_required_fields is incomplete for one-step card issuance", missing);
  }
  validateCardholderFields(fields, fields, ctx.now);
  await assertUnique(ctx.sql, ctx.account.account_id, fields, null);
  const { cardholder, kyc } = await insertCardholder(ctx, fields);
  if (cardholder.status === "FAILED") throw holderError("cardholder_kyc_failed", "cardholder KYC has been rejected");
  return { cardholder, created: true, kyc };
}
