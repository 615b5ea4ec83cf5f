import "server-only";
import { eq } from "drizzle-orm";
import { ActionError } from "@/lib/actions/server-action";
import type { CurrentUser } from "@/lib/auth/session";
import { activeUqpay } from "@/lib/connections";
import type { DB } from "@/lib/db/client";
import { operations } from "@/lib/db/schema";
import type { Summary } from "@/lib/operations/ledger";
import { runOperation } from "@/lib/operations/run";
import type { UqpayClient } from "@/lib/uqpay";
import { upsertCardIndex } from "./index-store";
import { allows, type CardAction } from "./status";
import { toCardView, type CardView } from "./view";

type Ctx = { user: CurrentUser; db: DB };

/** Whether this operation id was already started: a retry must not be re-judged on today's card state. */
export async function isKnownOperation(db: DB, operationId: string): Promise<boolean> {
  const [row] = await db.select({ id: operations.id }).from(operations).where(eq(operations.id, operationId));
  return Boolean(row);
}

/** Re-reads a card after a change and writes it through to the index; null if UQPAY cannot say right now. */
export async function refreshCard(db: DB, connectionId: string, uqpay: UqpayClient, cardId: string): Promise<CardView | null> {
  try {
    const card = toCardView(await uqpay.issuing.cards.retrieve(cardId));
    await upsertCardIndex(db, connectionId, [card]);
    return card;
  } catch {
    return null;
  }
}

/**
 * Loads the card an action is about to change and refuses what its state does not allow (the page
 * shows only allowed actions; this is the server's own check). Retries of a started operation skip
 * the check: the first attempt may already have changed the state.
 */
export async function cardForAction(ctx: Ctx, uqpay: UqpayClient, cardId: string, operationId: string, action: CardAction) {
  const card = toCardView(await uqpay.issuing.cards.retrieve(cardId));
  if (!(await isKnownOperation(ctx.db, operationId)) && !allows(card.status, card.mode, action)) {
    throw new ActionError("card_action_not_allowed");
  }
  return card;
}

export type CardMutationResult = { card: CardView | null; summary: Summary; replayed: boolean };

/** One ledgered UQPAY mutation on a card, then the card as UQPAY now reports it. */
export async function cardMutation<T>(
  ctx: Ctx,
  spec: { operationId: string; kind: string; cardId: string; request: unknown; requestSummary?: Summary },
  call: (uqpay: UqpayClient, idempotencyKey: string) => Promise<T>,
  summarize: (result: T) => Summary,
  client?: Awaited<ReturnType<typeof activeUqpay>>,
): Promise<CardMutationResult> {
  const { connection, uqpay } = client ?? (await activeUqpay());
  const op = await runOperation(
    ctx.db,
    ctx.user,
    { operationId: spec.operationId, connectionId: connection.id, kind: spec.kind, request: spec.request, target: spec.cardId, requestSummary: spec.requestSummary },
    (key) => call(uqpay, key),
    (result) => ({ summary: summarize(result), target: spec.cardId }),
  );
  return { card: await refreshCard(ctx.db, connection.id, uqpay, spec.cardId), summary: op.summary, replayed: op.replayed };
}
