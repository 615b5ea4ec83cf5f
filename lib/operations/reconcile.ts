import "server-only";
import { and, eq, lt, sql } from "drizzle-orm";
import { writeAudit } from "@/lib/audit/write";
import type { DB } from "@/lib/db/client";
import { operations } from "@/lib/db/schema";
import type { UqpayClient } from "@/lib/uqpay";
import { isUqpayError } from "@/lib/uqpay/errors";
import { completeOperation, noteUnsettledAttempt, type Summary } from "./ledger";

/**
 * Per kind: the endpoint the operation called and a body UQPAY refuses there. Replaying the
 * operation's own idempotency key with it tells whether the operation was applied (UQPAY replays
 * its first answer) or never arrived (the refusal; nothing happens) — so a crash between "sent" and
 * "answered" never leaves an operation forgotten, and settling it never applies anything twice.
 */
const PROBES: Record<string, (target: string | null) => { path: string; body: Record<string, unknown> } | null> = {
  "card.create": () => ({ path: "/v1/issuing/cards", body: {} }),
  "card.freeze": (t) => t ? { path: `/v1/issuing/cards/${t}/status`, body: { card_status: "RECONCILE_PROBE" } } : null,
  "card.unfreeze": (t) => t ? { path: `/v1/issuing/cards/${t}/status`, body: { card_status: "RECONCILE_PROBE" } } : null,
  "card.cancel": (t) => t ? { path: `/v1/issuing/cards/${t}/status`, body: { card_status: "RECONCILE_PROBE" } } : null,
  "card.recharge": (t) => t ? { path: `/v1/issuing/cards/${t}/recharge`, body: { amount: "-1" } } : null,
  "card.withdraw": (t) => t ? { path: `/v1/issuing/cards/${t}/withdraw`, body: { amount: "-1" } } : null,
  "card.update": (t) => t ? { path: `/v1/issuing/cards/${t}`, body: { card_limit: "-1" } } : null,
  "cardholder.create": () => ({ path: "/v1/issuing/cardholders", body: {} }),
  "cardholder.update": (t) => t ? { path: `/v1/issuing/cardholders/${t}`, body: { first_name: "-" } } : null,
  "simulator.authorize": () => ({ path: "/v1/simulation/issuing/authorization", body: {} }),
  "simulator.reverse": () => ({ path: "/v1/simulation/issuing/reversal", body: {} }),
  "payment_intent.create": () => ({ path: "/v2/payment_intents/create", body: {} }),
  "payment_intent.confirm": (t) => t ? { path: `/v2/payment_intents/${t}/confirm`, body: { payment_method: { type: "reconcile_probe" } } } : null,
  "payment_intent.update": (t) => t ? { path: `/v2/payment_intents/${t}`, body: { amount: "-1" } } : null,
  "payment_intent.capture": (t) => t ? { path: `/v2/payment_intents/${t}/capture`, body: { amount_to_capture: "-1" } } : null,
  "payment_intent.cancel": (t) => t ? { path: `/v2/payment_intents/${t}/cancel`, body: { cancellation_reason: "reconcile_probe" } } : null,
  "refund.create": () => ({ path: "/v2/payment/refunds", body: {} }),
};

const SUMMARY_FIELDS = ["card_id", "card_order_id", "order_status", "card_status", "cardholder_id", "cardholder_status", "payment_intent_id", "intent_status", "payment_refund_id", "refund_status", "transaction_id", "amount"];

export type ReconcileReport = { succeeded: string[]; failed: string[]; stillUnknown: string[]; unsupported: string[] };

/**
 * Settles operations left pending (a crash, a kill, a lost answer nobody retried) that are older
 * than `olderThanMs` — older than any call still in flight (the client gives up after 45 s).
 */
export async function reconcilePending(
  db: DB,
  clientFor: (connectionId: string) => Promise<UqpayClient | null>,
  options: { olderThanMs: number; now?: Date },
): Promise<ReconcileReport> {
  const report: ReconcileReport = { succeeded: [], failed: [], stillUnknown: [], unsupported: [] };
  const before = new Date((options.now ?? new Date()).getTime() - options.olderThanMs);
  const pending = await db
    .select()
    .from(operations)
    .where(and(eq(operations.state, "pending"), lt(operations.updatedAt, before)));
  for (const op of pending) {
    const probe = PROBES[op.kind]?.(op.target);
    const uqpay = probe ? await clientFor(op.connectionId) : null;
    if (!probe || !uqpay) {
      report.unsupported.push(op.id);
      continue;
    }
    // Counted as one more attempt, audited like any other, under the operation's own key.
    const [{ attempts }] = await db
      .update(operations)
      .set({ attempts: sql`${operations.attempts} + 1`, updatedAt: sql`now()` })
      .where(and(eq(operations.id, op.id), eq(operations.state, "pending")))
      .returning({ attempts: operations.attempts });
    const audit = (outcome: "success" | "failure" | "unknown", details: Summary, target?: string | null) =>
      writeAudit(db, {
        actor: { id: null, email: "reconciler", role: null },
        action: op.kind,
        target: target ?? op.target,
        outcome,
        details: { ...details, reconciled: true, request: op.requestSummary, idempotency_key: op.idempotencyKey, operation_id: op.id, attempt: attempts },
      });
    try {
      const answer = (await uqpay.replayKey(probe.path, op.idempotencyKey, probe.body)) as Record<string, unknown> | null;
      const summary: Summary = { reconciled: true };
      for (const field of SUMMARY_FIELDS) if (answer && answer[field] !== undefined) summary[field] = answer[field];
      const target = op.kind === "card.create" && typeof summary.card_id === "string" ? summary.card_id : undefined;
      await completeOperation(db, op.id, { state: "succeeded", responseSummary: summary, target });
      await audit("success", { response: summary }, target);
      report.succeeded.push(op.id);
    } catch (error) {
      const code = isUqpayError(error) ? error.code : "internal_error";
      if (isUqpayError(error) && error.outcome === "failed" && !error.retryable) {
        await completeOperation(db, op.id, { state: "failed", errorCode: code, responseSummary: { reconciled: true, message: "UQPAY never applied this operation." } });
        await audit("failure", { error_code: code });
        report.failed.push(op.id);
      } else {
        await noteUnsettledAttempt(db, op.id, code);
        await audit("unknown", { error_code: code });
        report.stillUnknown.push(op.id);
      }
    }
  }
  return report;
}
