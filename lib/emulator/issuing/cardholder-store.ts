import { randomBytes } from "node:crypto";
import { CARDHOLDER_CREATE_TIME_STYLE } from "../fidelity";
import { isoUqpay, spacedUqpay } from "../core/clock";
import type { Ctx } from "../core/context";
import { errorA } from "../core/errors";
import { isUuid, uuid } from "../core/ids";
import type { Sql } from "../db";
import type { Fields } from "./cardholder-rules";

export type CardholderStatus = "SUCCESS" | "PENDING" | "INCOMPLETE" | "FAILED";

export interface Cardholder {
  cardholder_id: string;
  account_id: string;
  email: string;
  phone_number: string;
  reference_id: string | null;
  status: CardholderStatus;
  data: Fields;
  created_at: Date;
  updated_at: Date;
}

// Ids are checked as UUIDs first so lookups compare uuid to uuid and use the primary key.
export async function loadCardholder(sql: Sql, accountId: string, id: string): Promise<Cardholder | null> {
  if (!isUuid(id)) return null;
  const rows = await sql.query<Cardholder>("SELECT * FROM emu_cardholders WHERE account_id = $1 AND cardholder_id = $2::uuid", [
    accountId,
    id,
  ]);
  return rows[0] ?? null;
}

const holderError = (code: string, message: string) => errorA("cardholder_error", code, message);

function referenceOf(fields: Fields): string | null {
  const kyc = fields.kyc_verification as Fields | undefined;
  const proof = kyc?.kyc_proof as Fields | undefined;
  return typeof proof?.reference_id === "string" ? proof.reference_id : null;
}

/** Email and phone are unique per account; kyc_proof.reference_id is unique across UQPAY. */
export async function assertUnique(sql: Sql, accountId: string, fields: Fields, exceptId: string | null): Promise<void> {
  const taken = async (where: string, value: unknown) =>
    (
      await sql.query(`SELECT 1 FROM emu_cardholders WHERE ${where} AND ($2::uuid IS NULL OR cardholder_id <> $2::uuid) LIMIT 1`, [
        value,
        exceptId,
        accountId,
      ])
    ).length > 0;
  if (fields.email !== undefined && (await taken("email = $1 AND account_id = $3", fields.email))) {
    throw holderError("email_duplicated", "email already used by another cardholder under account");
  }
  if (fields.phone_number !== undefined && (await taken("phone_number = $1 AND account_id = $3", fields.phone_number))) {
    throw holderError("phone_number_duplicated", "phone number used by another cardholder under account");
  }
  const ref = referenceOf(fields);
  if (ref !== null && (await taken("reference_id = $1 AND $3::text IS NOT NULL", ref))) {
    throw holderError("reference_id_duplicated", "reference_id already used by another cardholder");
  }
}

/** Files are checked but not kept: the emulator stores only what the API ever shows back. */
function storable(fields: Fields): Fields {
  const { document: _document, ...rest } = fields;
  void _document;
  if (rest.identity && typeof rest.identity === "object") {
    const { type, number } = rest.identity as Fields;
    rest.identity = { type, number };
  }
  return rest;
}

export interface KycOutcome {
  status: CardholderStatus;
  verification_status: string;
  idv: Fields;
}

/**
 * KYC result at create/update: SUMSUB_REDIRECT waits for the emulator's IDV page; THIRD_PARTY
 * with a proof verifies at once. Test triggers: identity.number starting REVIEW → PENDING, MANUAL → PENDING
 * with a manual document review, REJECT → FAILED.
 */
export function kycOutcome(ctx: Ctx, cardholderId: string, merged: Fields): KycOutcome {
  const kyc = merged.kyc_verification as Fields | undefined;
  const idNumber = String((merged.identity as Fields | undefined)?.number ?? "");
  if (idNumber.startsWith("REJECT")) return { status: "FAILED", verification_status: "REJECTED", idv: {} };
  if (idNumber.startsWith("REVIEW")) return { status: "PENDING", verification_status: "UNDER_REVIEW", idv: {} };
  if (idNumber.startsWith("MANUAL")) {
    return { status: "PENDING", verification_status: "UNDER_REVIEW", idv: { review_status: "MANUAL_REVIEW" } };
  }
  if (kyc?.method === "SUMSUB_REDIRECT") {
    const token = randomBytes(12).toString("hex");
    const expires = new Date(ctx.now.getTime() + 24 * 3600 * 1000);
    return {
      status: "INCOMPLETE",
      verification_status: "ACTION_REQUIRED",
      idv: {
        kyc_method: "SUMSUB_REDIRECT",
        idv_status: "PENDING",
        idv_token: token,
        idv_verification_url: `${ctx.rt.config.publicUrl}/idv/${cardholderId}?token=${token}`,
        idv_url_expires_at: isoUqpay(expires),
      },
    };
  }
  if (kyc?.method === "THIRD_PARTY") {
    return { status: "SUCCESS", verification_status: "VERIFIED", idv: { kyc_method: "THIRD_PARTY", idv_status: "PASSED" } };
  }
  return { status: "SUCCESS", verification_status: "VERIFIED", idv: {} };
}

export async function insertCardholder(ctx: Ctx, fields: Fields): Promise<{ cardholder: Cardholder; kyc: KycOutcome }> {
  const id = uuid();
  const kyc = kycOutcome(ctx, id, fields);
  const data = { ...storable(fields), ...kyc.idv };
  const rows = await ctx.sql.query<Cardholder>(
    `INSERT INTO emu_cardholders (cardholder_id, account_id, email, phone_number, reference_id, status, data, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING *`,
    [id, ctx.account.account_id, fields.email, fields.phone_number, referenceOf(fields), kyc.status, JSON.stringify(data), ctx.now],
  );
  return { cardholder: rows[0], kyc };
}

export async function saveCardholder(sql: Sql, ch: Cardholder, data: Fields, status: CardholderStatus, now: Date): Promise<Cardholder> {
  const rows = await sql.query<Cardholder>(
    `UPDATE emu_cardholders SET email = $2, phone_number = $3, reference_id = $4, status = $5, data = $6, updated_at = $7
     WHERE cardholder_id = $1 RETURNING *`,
    [ch.cardholder_id, data.email, data.phone_number, referenceOf(data) ?? ch.reference_id, status, JSON.stringify(storable(data)), now],
  );
  return rows[0];
}

export function mergedFields(ch: Cardholder): Fields {
  return { ...ch.data, email: ch.email, phone_number: ch.phone_number };
}

const createTime = (d: Date) => (CARDHOLDER_CREATE_TIME_STYLE === "iso" ? isoUqpay(d) : spacedUqpay(d));

export function reducedCardholderView(ch: Cardholder) {
  return {
    cardholder_id: ch.cardholder_id,
    first_name: ch.data.first_name,
    last_name: ch.data.last_name,
    email: ch.email,
    cardholder_status: ch.status,
    create_time: createTime(ch.created_at),
  };
}

export function cardholderView(ch: Cardholder, numberOfCards: number) {
  const d = ch.data;
  return {
    cardholder_id: ch.cardholder_id,
    email: ch.email,
    number_of_cards: numberOfCards,
    first_name: d.first_name,
    last_name: d.last_name,
    create_time: createTime(ch.created_at),
    cardholder_status: ch.status,
    date_of_birth: d.date_of_birth ?? null,
    country_code: d.country_code,
    phone_number: ch.phone_number,
    gender: d.gender ?? null,
    nationality: d.nationality ?? null,
    residential_address: d.residential_address ?? null,
    review_status: d.review_status ?? null,
    idv_status: d.idv_status ?? null,
    idv_verification_url: d.idv_verification_url ?? null,
    idv_url_expires_at: d.idv_url_expires_at ?? null,
  };
}

/** Payload of `cardholder.updated` and `cardholder.kyc.status_changed` (webhooks.md §4). */
export function cardholderWebhookData(ch: Cardholder) {
  const d = ch.data;
  return {
    cardholder_id: ch.cardholder_id,
    cardholder_status: ch.status,
    country_code: d.country_code ?? "",
    create_time: isoUqpay(ch.created_at),
    date_of_birth: d.date_of_birth ?? "0001-01-01",
    email: ch.email,
    first_name: d.first_name,
    idv_provider: d.kyc_method === "SUMSUB_REDIRECT" ? "SUMSUB" : "",
    idv_status: d.idv_status ?? "",
    last_name: d.last_name,
    nationality: d.nationality ?? "",
    phone_number: ch.phone_number,
    update_time: isoUqpay(ch.updated_at),
  };
}

/** For the IDV page, which is reached by link rather than with an account's token. */
export async function loadCardholderAnyAccount(sql: Sql, id: string): Promise<Cardholder | null> {
  if (!isUuid(id)) return null;
  const rows = await sql.query<Cardholder>("SELECT * FROM emu_cardholders WHERE cardholder_id = $1::uuid", [id]);
  return rows[0] ?? null;
}
