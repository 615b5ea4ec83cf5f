import "server-only";
import { and, count, desc, eq, like, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { DB } from "@/lib/db/client";
import { cardIndex } from "@/lib/db/schema";
import type { CardView } from "./view";

export type IndexRow = typeof cardIndex.$inferSelect;

// What an upsert may change; a column missing from UQPAY's answer keeps its indexed value.
const REFRESHED = [
  "last4", "maskedNumber", "cardBin", "cardholderId", "cardholderEmail", "cardholderName", "productId",
  "currency", "status", "mode", "formFactor", "availableBalance", "createTime", "updatedAt",
] as const satisfies readonly (keyof IndexRow)[];
const keepIndexed = Object.fromEntries(
  REFRESHED.map((key) => [key, sql`coalesce(excluded.${sql.identifier(cardIndex[key].name)}, ${cardIndex[key]})`]),
);
// A row the upsert would not change is left alone, so the card page and the lists, which upsert
// what they show on every view, write nothing when nothing changed.
const COMPARED = REFRESHED.filter((key) => key !== "updatedAt");
const row = (parts: (SQL | AnyPgColumn)[]) => sql`(${sql.join(parts, sql`, `)})`;
const changes = sql`${row(COMPARED.map((key) => keepIndexed[key]))} is distinct from ${row(COMPARED.map((key) => cardIndex[key]))}`;

/**
 * Upserts what UQPAY just told us, in one statement however long the page. A reduced list entry
 * never wipes what a full retrieve stored (the cardholder may be missing from one shape), so empty
 * values keep the indexed ones.
 */
export async function upsertCardIndex(db: DB, connectionId: string, cards: CardView[]): Promise<void> {
  if (cards.length === 0) return;
  const updatedAt = new Date();
  // One row per card: a statement may not update the same row twice.
  const latest = new Map(cards.map((c) => [c.cardId, c]));
  const rows = [...latest.values()].map((c) => ({
    connectionId,
    cardId: c.cardId,
    last4: c.last4 || null,
    maskedNumber: c.maskedNumber || null,
    cardBin: c.cardBin || null,
    cardholderId: c.cardholder?.id ?? null,
    cardholderEmail: c.cardholder?.email?.toLowerCase() ?? null,
    cardholderName: c.cardholder?.name ?? null,
    productId: c.productId || null,
    currency: c.currency || null,
    status: c.status || null,
    mode: c.mode || null,
    formFactor: c.formFactor || null,
    availableBalance: c.availableBalance ?? null,
    createTime: c.createTime ?? null,
    updatedAt,
  }));
  await db.insert(cardIndex).values(rows).onConflictDoUpdate({ target: [cardIndex.connectionId, cardIndex.cardId], set: keepIndexed, setWhere: changes });
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
