import "server-only";
import { and, count, desc, eq, like, type SQL } from "drizzle-orm";
import type { DB } from "@/lib/db/client";
import { cardIndex } from "@/lib/db/schema";
import type { CardView } from "./view";

export type IndexRow = typeof cardIndex.$inferSelect;

/**
 * Upserts what UQPAY just told us. A reduced list entry never wipes what a full retrieve stored
 * (the cardholder may be missing from one shape), so empty values keep the indexed ones.
 */
export async function upsertCardIndex(db: DB, connectionId: string, cards: CardView[]): Promise<void> {
  if (cards.length === 0) return;
  const rows = cards.map((c) => ({
    connectionId,
    cardId: c.cardId,
    last4: c.last4,
    maskedNumber: c.maskedNumber,
    cardBin: c.cardBin,
    cardholderId: c.cardholder?.id ?? null,
    cardholderEmail: c.cardholder?.email?.toLowerCase() ?? null,
    cardholderName: c.cardholder?.name ?? null,
    productId: c.productId,
    currency: c.currency || null,
    status: c.status,
    mode: c.mode,
    formFactor: c.formFactor,
    availableBalance: c.availableBalance,
    createTime: c.createTime,
    updatedAt: new Date(),
  }));
  for (const row of rows) {
    const keep = Object.fromEntries(Object.entries(row).filter(([, v]) => v !== null && v !== undefined));
    await db.insert(cardIndex).values(row).onConflictDoUpdate({ target: [cardIndex.connectionId, cardIndex.cardId], set: keep });
  }
}

export async function updateIndexedStatus(db: DB, connectionId: string, cardId: string, status: string): Promise<void> {
  await db
    .update(cardIndex)
    .set({ status, updatedAt: new Date() })
    .where(and(eq(cardIndex.connectionId, connectionId), eq(cardIndex.cardId, cardId)));
}

export type IndexQuery = {
  q?: string;
  status?: string;
  cardholderId?: string;
  productId?: string;
  currency?: string;
  page: number;
  pageSize: number;
};

/** What a search term means: 4 digits are a last 4, an "@" an email, anything else a card id (prefix). */
export function searchCondition(q: string): SQL {
  const term = q.trim();
  if (/^\d{4}$/.test(term)) return eq(cardIndex.last4, term);
  if (term.includes("@")) return eq(cardIndex.cardholderEmail, term.toLowerCase());
  return like(cardIndex.cardId, `${term.toLowerCase().replace(/[%_\\]/g, "")}%`);
}

export async function queryCardIndex(db: DB, connectionId: string, query: IndexQuery): Promise<{ rows: IndexRow[]; total: number }> {
  const conditions: SQL[] = [eq(cardIndex.connectionId, connectionId)];
  if (query.q?.trim()) conditions.push(searchCondition(query.q));
  if (query.status) conditions.push(eq(cardIndex.status, query.status));
  if (query.cardholderId) conditions.push(eq(cardIndex.cardholderId, query.cardholderId));
  if (query.productId) conditions.push(eq(cardIndex.productId, query.productId));
  if (query.currency) conditions.push(eq(cardIndex.currency, query.currency));
  const where = and(...conditions);
  const [rows, [{ n }]] = await Promise.all([
    db
      .select()
      .from(cardIndex)
      .where(where)
      .orderBy(desc(cardIndex.createTime), cardIndex.cardId)
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ n: count() }).from(cardIndex).where(where),
  ]);
  return { rows, total: n };
}
