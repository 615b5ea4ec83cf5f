import "server-only";
import { randomUUID } from "node:crypto";
import type { AuditActor } from "@/lib/audit/write";
import { upsertCardIndex } from "@/lib/cards/index-store";
import { toCardView } from "@/lib/cards/view";
import type { DB } from "@/lib/db/client";
import { runOperation } from "@/lib/operations/run";
import type { UqpayClient } from "@/lib/uqpay";
import type { ScenarioAction } from "./scenario";

// Console steps: the card page's actions, run through the same operations ledger (idempotency
// key, audit row per attempt) and card index, so a scenario exercises the console and not only UQPAY.

export type ConsoleContext = { db: DB; actor: AuditActor; connectionId: string };
type ConsoleAction = Extract<ScenarioAction, { kind: "console" }>;

function requestOf(action: ConsoleAction): { path: string; body: Record<string, unknown> } {
  const card = `/v1/issuing/cards/${encodeURIComponent(action.cardId)}`;
  switch (action.operation) {
    case "card.freeze":
      return { path: `${card}/status`, body: { card_status: "FROZEN", ...(action.reason ? { update_reason: action.reason } : {}) } };
    case "card.unfreeze":
      return { path: `${card}/status`, body: { card_status: "ACTIVE" } };
    case "card.cancel":
      return { path: `${card}/status`, body: { card_status: "CANCELLED" } };
    case "card.recharge":
      return { path: `${card}/recharge`, body: { amount: action.amount } };
    case "card.withdraw":
      return { path: `${card}/withdraw`, body: { amount: action.amount } };
  }
}

/** Runs one console operation; UQPAY's refusal is thrown as the UqpayError the action would see. */
export async function runConsoleAction(action: ConsoleAction, uqpay: UqpayClient, ctx: ConsoleContext) {
  const { path, body } = requestOf(action);
  const op = await runOperation(
    ctx.db,
    ctx.actor,
    { operationId: randomUUID(), connectionId: ctx.connectionId, kind: action.operation, request: body, target: action.cardId, requestSummary: body },
    (idempotencyKey) => uqpay.raw({ method: "POST", path, body, idempotencyKey }),
    (result) => ({ summary: { order: result as Record<string, unknown> }, target: action.cardId }),
  );
  const card = toCardView(await uqpay.issuing.cards.retrieve(action.cardId));
  await upsertCardIndex(ctx.db, ctx.connectionId, [card]);
  return {
    request: { path, body, operationId: op.operationId, idempotencyKey: op.idempotencyKey },
    body: { operation: { id: op.operationId, idempotency_key: op.idempotencyKey, replayed: op.replayed, kind: action.operation }, card },
  };
}
