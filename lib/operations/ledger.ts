import { createHash, randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import type { DB } from "@/lib/db/client";
import { operations } from "@/lib/db/schema";

export type OperationState = "pending" | "succeeded" | "failed";
export type Summary = Record<string, unknown>;

export type OperationSpec = {
  /** Chosen by the form when the user starts an operation; the same for every retry of it. */
  operationId: string;
  connectionId: string;
  /** e.g. "card.create", "card.recharge". */
  kind: string;
  /** The request as sent to UQPAY; fingerprinted so an id cannot be reused for another request. */
  request: unknown;
  target?: string;
  requestSummary?: Summary;
  actor: { id: string | null; email: string | null };
};

export type LedgerEntry = {
  id: string;
  idempotencyKey: string;
  state: OperationState;
  attempts: number;
  responseSummary: Summary | null;
  errorCode: string | null;
};

export class LedgerError extends Error {
  constructor(readonly code: "operation_mismatch") {
    super("This operation id was already used for a different request; start a new operation.");
    this.name = "LedgerError";
  }
}

/** Key order does not change the fingerprint; values and structure do. */
export function fingerprint(kind: string, request: unknown): string {
  const canonical = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(canonical);
    if (value && typeof value === "object") {
      return Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical((value as Record<string, unknown>)[k])]));
    }
    return value;
  };
  return createHash("sha256").update(kind).update("\0").update(JSON.stringify(canonical(request)) ?? "").digest("hex");
}

/**
 * Records the start (or the next attempt) of an operation and returns its entry. A new operation
 * gets a fresh idempotency key; a known one keeps its key, so UQPAY sees every retry as the same
 * request and applies it at most once.
 */
export async function beginOperation(db: DB, spec: OperationSpec): Promise<LedgerEntry> {
  const print = fingerprint(spec.kind, spec.request);
  const columns = {
    id: operations.id,
    idempotencyKey: operations.idempotencyKey,
    state: operations.state,
    attempts: operations.attempts,
    responseSummary: operations.responseSummary,
    errorCode: operations.errorCode,
  };
  const [created] = await db
    .insert(operations)
    .values({
      id: spec.operationId,
      connectionId: spec.connectionId,
      kind: spec.kind,
      fingerprint: print,
      idempotencyKey: randomUUID(),
      target: spec.target ?? null,
      requestSummary: spec.requestSummary ?? {},
      actorId: spec.actor.id,
      actorEmail: spec.actor.email,
      attempts: 1,
    })
    .onConflictDoNothing({ target: operations.id })
    .returning(columns);
  if (created) return created;

  const [existing] = await db
    .select({ ...columns, fingerprint: operations.fingerprint, connectionId: operations.connectionId, kind: operations.kind })
    .from(operations)
    .where(eq(operations.id, spec.operationId));
  if (!existing || existing.fingerprint !== print || existing.connectionId !== spec.connectionId || existing.kind !== spec.kind) {
    throw new LedgerError("operation_mismatch");
  }
  if (existing.state !== "pending") return existing;
  const [bumped] = await db
    .update(operations)
    .set({ attempts: sql`${operations.attempts} + 1`, updatedAt: sql`now()` })
    .where(eq(operations.id, spec.operationId))
    .returning(columns);
  return bumped;
}

export async function completeOperation(
  db: DB,
  id: string,
  outcome: { state: "succeeded"; responseSummary: Summary; target?: string } | { state: "failed"; errorCode: string; responseSummary?: Summary },
): Promise<void> {
  await db
    .update(operations)
    .set({
      state: outcome.state,
      responseSummary: outcome.responseSummary ?? null,
      errorCode: outcome.state === "failed" ? outcome.errorCode : null,
      ...(outcome.state === "succeeded" && outcome.target ? { target: outcome.target } : {}),
      updatedAt: sql`now()`,
      completedAt: sql`now()`,
    })
    .where(eq(operations.id, id));
}

/** Remembers why the latest attempt of a still-pending operation did not settle (outcome unknown). */
export async function noteUnsettledAttempt(db: DB, id: string, errorCode: string): Promise<void> {
  await db.update(operations).set({ errorCode, updatedAt: sql`now()` }).where(eq(operations.id, id));
}
