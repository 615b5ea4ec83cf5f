"use server";

import { revalidatePath } from "next/cache";
import { serverAction } from "@/lib/actions/server-action";
import { activeUqpay } from "@/lib/connections";
import { runOperation } from "@/lib/operations/run";
import { createCardholderSchema, updateCardholderSchema, type CardholderUpdateFields } from "@/lib/schemas/cardholders";
import type { CardholderResult } from "@/lib/uqpay";

export type CardholderOutcome = { cardholderId: string; status: string | null; replayed: boolean };

/**
 * What the ledger and audit keep of a cardholder request: which fields were sent, and the
 * non-document values ops search by. Document contents (base64) never leave the request.
 */
function requestSummary(fields: CardholderUpdateFields & { first_name?: string; last_name?: string }) {
  return {
    fields: Object.keys(fields).sort(),
    email: fields.email,
    country_code: fields.country_code,
    kyc_method: fields.kyc_verification?.method,
    identity_type: fields.identity?.type,
  };
}

const summarize = (r: CardholderResult) => ({
  summary: { cardholder_id: r.cardholder_id, cardholder_status: r.cardholder_status ?? null, idv_verification_url: r.idv_verification_url ?? null },
  target: r.cardholder_id,
});

export const createCardholder = serverAction(
  { name: "cardholder.create", role: "operator", schema: createCardholderSchema },
  async ({ operationId, ...fields }, { user, db }): Promise<CardholderOutcome> => {
    const { connection, uqpay } = await activeUqpay();
    const op = await runOperation(
      db,
      user,
      { operationId, connectionId: connection.id, kind: "cardholder.create", request: fields, requestSummary: requestSummary(fields) },
      (idempotencyKey) => uqpay.issuing.cardholders.create(fields, { idempotencyKey }),
      summarize,
    );
    revalidatePath("/cardholders");
    return { cardholderId: String(op.summary.cardholder_id), status: (op.summary.cardholder_status as string | null) ?? null, replayed: op.replayed };
  },
);

export const updateCardholder = serverAction(
  { name: "cardholder.update", role: "operator", schema: updateCardholderSchema },
  async ({ operationId, cardholderId, ...fields }, { user, db }): Promise<CardholderOutcome> => {
    const { connection, uqpay } = await activeUqpay();
    const op = await runOperation(
      db,
      user,
      { operationId, connectionId: connection.id, kind: "cardholder.update", target: cardholderId, request: { cardholderId, ...fields }, requestSummary: requestSummary(fields) },
      (idempotencyKey) => uqpay.issuing.cardholders.update(cardholderId, fields, { idempotencyKey }),
      summarize,
    );
    revalidatePath("/cardholders");
    revalidatePath(`/cardholders/${cardholderId}`);
    return { cardholderId, status: (op.summary.cardholder_status as string | null) ?? null, replayed: op.replayed };
  },
);
