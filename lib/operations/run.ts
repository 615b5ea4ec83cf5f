import "server-only";
import { writeAudit, type AuditActor } from "@/lib/audit/write";
import type { DB } from "@/lib/db/client";
import { isUqpayError } from "@/lib/uqpay/errors";
import { beginOperation, completeOperation, noteUnsettledAttempt, type OperationSpec, type Summary } from "./ledger";

export type OperationResult = { operationId: string; idempotencyKey: string; replayed: boolean; summary: Summary };

export class OperationFailedBefore extends Error {
  constructor(readonly code: string) {
    super(`This operation already failed upstream (${code}); start a new one after fixing the cause.`);
    this.name = "OperationFailedBefore";
  }
}

/**
 * Runs one UQPAY mutation through the ledger: the same operation id always carries the same
 * idempotency key, a settled operation is answered from the ledger without calling UQPAY, and
 * every attempt leaves an audit row with its key and outcome.
 */
export async function runOperation<T>(
  db: DB,
  actor: AuditActor,
  spec: Omit<OperationSpec, "actor">,
  call: (idempotencyKey: string) => Promise<T>,
  summarize: (result: T) => { summary: Summary; target?: string },
): Promise<OperationResult> {
  const entry = await beginOperation(db, { ...spec, actor: { id: actor.id, email: actor.email } });
  const base = { operationId: entry.id, idempotencyKey: entry.idempotencyKey };
  if (entry.state === "succeeded") return { ...base, replayed: true, summary: entry.responseSummary ?? {} };
  if (entry.state === "failed") throw new OperationFailedBefore(entry.errorCode ?? "unknown");

  const audit = (outcome: "success" | "failure" | "unknown", details: Summary, target?: string) =>
    writeAudit(db, {
      actor,
      action: spec.kind,
      target: target ?? spec.target ?? null,
      outcome,
      details: { ...details, request: spec.requestSummary ?? {}, idempotency_key: entry.idempotencyKey, operation_id: entry.id, attempt: entry.attempts },
    });

  let result: T;
  try {
    result = await call(entry.idempotencyKey);
  } catch (error) {
    const code = isUqpayError(error) ? error.code : "internal_error";
    // A retryable "failed" (429, unreachable, token trouble) says only that THIS attempt was not
    // applied; after an earlier attempt with an unknown outcome the operation stays unsettled.
    const earlierUnknown = entry.attempts > 1;
    if (isUqpayError(error) && error.outcome === "failed" && !(error.retryable && earlierUnknown)) {
      await completeOperation(db, entry.id, { state: "failed", errorCode: code, responseSummary: { message: error.message } });
      await audit("failure", { error_code: code });
    } else {
      await noteUnsettledAttempt(db, entry.id, code);
      await audit("unknown", { error_code: code });
    }
    throw error;
  }
  const { summary, target } = summarize(result);
  await completeOperation(db, entry.id, { state: "succeeded", responseSummary: summary, target });
  await audit("success", { response: summary }, target);
  return { ...base, replayed: false, summary };
}
