import "server-only";
import { and, count, desc, eq, gt, gte, lt, type SQL } from "drizzle-orm";
import type { DB } from "@/lib/db/client";
import { webhookEvents } from "@/lib/db/schema";
import type { WebhookFilters } from "@/lib/schemas/webhooks";

export type WebhookRow = typeof webhookEvents.$inferSelect;

function where(connectionId: string, f: WebhookFilters): SQL | undefined {
  return and(
    eq(webhookEvents.connectionId, connectionId),
    f.type ? eq(webhookEvents.eventType, f.type) : undefined,
    f.card ? eq(webhookEvents.cardId, f.card) : undefined,
    f.status === "duplicate" ? gt(webhookEvents.deliveryCount, 1) : f.status ? eq(webhookEvents.status, f.status) : undefined,
    f.from ? gte(webhookEvents.receivedAt, new Date(`${f.from}T00:00:00Z`)) : undefined,
    f.to ? lt(webhookEvents.receivedAt, new Date(new Date(`${f.to}T00:00:00Z`).getTime() + 86_400_000)) : undefined,
  );
}

export async function listWebhooks(db: DB, connectionId: string, filters: WebhookFilters, page: { size: number; number: number }) {
  const condition = where(connectionId, filters);
  const [rows, [total]] = await Promise.all([
    db.select().from(webhookEvents).where(condition).orderBy(desc(webhookEvents.receivedAt), desc(webhookEvents.id)).limit(page.size).offset((page.number - 1) * page.size),
    db.select({ n: count() }).from(webhookEvents).where(condition),
  ]);
  const n = total?.n ?? 0;
  return { rows, totalItems: n, totalPages: Math.max(1, Math.ceil(n / page.size)) };
}

export async function webhookTypes(db: DB, connectionId: string): Promise<string[]> {
  const rows = await db.selectDistinct({ type: webhookEvents.eventType }).from(webhookEvents).where(eq(webhookEvents.connectionId, connectionId)).orderBy(webhookEvents.eventType);
  return rows.map((r) => r.type).filter((t): t is string => Boolean(t));
}

/** Accepted events about one card, oldest first: the webhook strand of the card timeline. */
export async function webhooksForCard(db: DB, connectionId: string, cardId: string): Promise<WebhookRow[]> {
  return db
    .select()
    .from(webhookEvents)
    .where(and(eq(webhookEvents.connectionId, connectionId), eq(webhookEvents.cardId, cardId), eq(webhookEvents.status, "accepted")))
    .orderBy(webhookEvents.receivedAt);
}
