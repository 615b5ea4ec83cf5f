import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { DB } from "@/lib/db/client";
import { operations } from "@/lib/db/schema";
import { webhooksForCard } from "@/lib/webhooks/query";
import type { OperationPart, WebhookPart } from "./card-timeline";

/** The console's own strands of a card's story (transactions come from the page's UQPAY call). */
export async function loadCardTimelineParts(db: DB, connectionId: string, cardId: string): Promise<{ operations: OperationPart[]; webhooks: WebhookPart[] }> {
  const [ops, hooks] = await Promise.all([
    db
      .select({
        id: operations.id,
        kind: operations.kind,
        state: operations.state,
        actorEmail: operations.actorEmail,
        idempotencyKey: operations.idempotencyKey,
        errorCode: operations.errorCode,
        attempts: operations.attempts,
        createdAt: operations.createdAt,
      })
      .from(operations)
      .where(and(eq(operations.connectionId, connectionId), eq(operations.target, cardId)))
      .orderBy(asc(operations.createdAt)),
    webhooksForCard(db, connectionId, cardId),
  ]);
  return {
    operations: ops,
    webhooks: hooks.map((w) => ({
      id: w.id,
      eventType: w.eventType,
      eventId: w.eventId,
      cardStatus: typeof w.payload?.data === "object" && w.payload.data ? ((w.payload.data as Record<string, unknown>).card_status as string | undefined) ?? null : null,
      deliveryCount: w.deliveryCount,
      applyResult: w.applyResult,
      receivedAt: w.receivedAt,
    })),
  };
}

export type CardTimelineData = { operations: OperationPart[]; webhooks: WebhookPart[] };

/** The timeline parts of a card on the active connection (empty without one). */
export async function getCardTimeline(cardId: string): Promise<CardTimelineData> {
  const { activeConnection, consoleDb } = await import("@/lib/connections");
  const connection = await activeConnection();
  if (!connection) return { operations: [], webhooks: [] };
  return loadCardTimelineParts(await consoleDb(), connection.id, cardId);
}
