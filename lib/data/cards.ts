import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { after } from "next/server";
import { requireRole } from "@/lib/auth/session";
import { queryCardIndex, upsertCardIndex, type IndexRow } from "@/lib/cards/index-store";
import { isSimulatorCapable } from "@/lib/cards/simulator";
import { toCardView, toTransactionView, type CardTransactionView, type CardView } from "@/lib/cards/view";
import { activeUqpay, consoleDb } from "@/lib/connections";
import type { DB } from "@/lib/db";
import { cardIndex, operations } from "@/lib/db/schema";
import { CARD_PAGE_SIZE, type CardFilters } from "@/lib/schemas/card-filters";
import type { CardStatus } from "@/lib/uqpay";

export type CardListItem = Pick<
  CardView,
  "cardId" | "maskedNumber" | "last4" | "status" | "currency" | "mode" | "formFactor" | "availableBalance" | "productId" | "createTime"
> & { cardholderId: string | null; cardholderName: string | null; cardholderEmail: string | null };

export type CardListResult = {
  items: CardListItem[];
  page: number;
  totalPages: number;
  totalItems: number;
  /** "index": answered from the console's card index (search, product or currency filters). */
  source: "uqpay" | "index";
  /** The index could not be refreshed from UQPAY just now; results may be out of date. */
  stale: boolean;
};

const fromView = (c: CardView): CardListItem => ({
  cardId: c.cardId,
  maskedNumber: c.maskedNumber,
  last4: c.last4,
  status: c.status,
  currency: c.currency,
  mode: c.mode,
  formFactor: c.formFactor,
  availableBalance: c.availableBalance,
  productId: c.productId,
  createTime: c.createTime,
  cardholderId: c.cardholder?.id ?? null,
  cardholderName: c.cardholder?.name ?? null,
  cardholderEmail: c.cardholder?.email ?? null,
});

const fromRow = (r: IndexRow): CardListItem => ({
  cardId: r.cardId,
  maskedNumber: r.maskedNumber,
  last4: r.last4,
  status: r.status ?? "UNKNOWN",
  currency: r.currency ?? "",
  mode: r.mode,
  formFactor: r.formFactor,
  availableBalance: r.availableBalance,
  productId: r.productId,
  createTime: r.createTime,
  cardholderId: r.cardholderId,
  cardholderName: r.cardholderName,
  cardholderEmail: r.cardholderEmail,
});

// How much of UQPAY's newest cards a search refreshes the index with: recent cards are the ones
// people search for, and a bounded sync is one upstream call.
const SYNC_PAGE_SIZE = 100;
// A search refreshes the index at most this often per connection and status/cardholder filter.
const SYNC_INTERVAL_MS = 10_000;

type SyncState = { at: number; failed: boolean; running?: Promise<void> };
const globalForSync = globalThis as unknown as { cardIndexSync?: Map<string, SyncState> };
const syncs = (globalForSync.cardIndexSync ??= new Map());

/**
 * Refreshes the index with UQPAY's newest cards for these filters after the response is sent,
 * unless that was done in the last few seconds or is under way. Returns whether the last refresh
 * failed (the answer may then be out of date).
 */
function refreshIndexLater(
  uqpay: Awaited<ReturnType<typeof activeUqpay>>["uqpay"],
  db: DB,
  connectionId: string,
  filters: { card_status?: CardStatus; cardholder_id?: string },
): boolean {
  const key = JSON.stringify([connectionId, filters.card_status ?? "", filters.cardholder_id ?? ""]);
  const state: SyncState = syncs.get(key) ?? { at: 0, failed: false };
  // Kept to the most recent filters (a cardholder filter makes one key per cardholder).
  syncs.delete(key);
  syncs.set(key, state);
  if (syncs.size > 1_000) syncs.delete(syncs.keys().next().value!);
  if (!state.running && Date.now() - state.at >= SYNC_INTERVAL_MS) {
    state.at = Date.now();
    const run = async () => {
      try {
        const fresh = await uqpay.issuing.cards.list({ ...filters, page_size: SYNC_PAGE_SIZE, page_number: 1 });
        await upsertCardIndex(db, connectionId, fresh.data.map(toCardView));
        state.failed = false;
      } catch (error) {
        console.warn("[cards] index refresh failed; searches answer from the index as it is", error instanceof Error ? error.message : error);
        state.failed = true;
      } finally {
        state.running = undefined;
      }
    };
    after(() => (state.running = run()));
  }
  return state.failed;
}

/**
 * UQPAY filters cards by status, cardholder and full card number only. Search (last 4, card id,
 * cardholder email) and the product and currency filters therefore answer from the console's card
 * index at once, which learns every card UQPAY shows the console (lists, card pages, issuance,
 * webhooks) and, after each search, UQPAY's newest cards for the same status/cardholder.
 */
export async function listCards(filters: CardFilters): Promise<CardListResult> {
  await requireRole("viewer");
  const { connection, uqpay } = await activeUqpay();
  const db = await consoleDb();
  const upstreamFilters = { card_status: filters.status as CardStatus | undefined, cardholder_id: filters.cardholder_id };

  if (filters.q || filters.product_id || filters.currency) {
    const { rows, total } = await queryCardIndex(db, connection.id, {
      q: filters.q,
      status: filters.status,
      cardholderId: filters.cardholder_id,
      productId: filters.product_id,
      currency: filters.currency,
      page: filters.page,
      pageSize: CARD_PAGE_SIZE,
    });
    const stale = refreshIndexLater(uqpay, db, connection.id, upstreamFilters);
    return { items: rows.map(fromRow), page: filters.page, totalPages: Math.ceil(total / CARD_PAGE_SIZE), totalItems: total, source: "index", stale };
  }

  const page = await uqpay.issuing.cards.list({ ...upstreamFilters, page_size: CARD_PAGE_SIZE, page_number: filters.page });
  const views = page.data.map(toCardView);
  // The index learns what UQPAY just showed, after the response: the page need not wait for it.
  after(() => upsertCardIndex(db, connection.id, views));
  return { items: views.map(fromView), page: filters.page, totalPages: page.total_pages, totalItems: page.total_items, source: "uqpay", stale: false };
}

export type CardDetail = {
  card: CardView;
  environment: string;
  simulator: boolean;
  /** When the console's cancel of this card was accepted (PRE_CANCEL ends 30 days later). */
  cancelAcceptedAt: string | null;
  /** The issuing balance a recharge would draw on (active SINGLE cards only; null if unknown). */
  issuingAvailable: string | null;
};

/** The issuing balance in a currency, or null when UQPAY cannot say (the form then skips that check). */
export async function issuingAvailable(uqpay: Awaited<ReturnType<typeof activeUqpay>>["uqpay"], currency: string): Promise<string | null> {
  try {
    return (await uqpay.issuing.balances.retrieve(currency)).available_balance ?? null;
  } catch {
    return null;
  }
}

/** Whether a recharge or withdrawal applies: active SINGLE cards with a currency. */
const fundable = (card: { mode: string | null; status: string | null; currency: string | null }) =>
  card.mode === "SINGLE" && card.status === "ACTIVE" && Boolean(card.currency);

/** One card, re-read from UQPAY (never cached) and written through to the index. */
export async function getCardDetail(cardId: string): Promise<CardDetail> {
  await requireRole("viewer");
  const { connection, uqpay } = await activeUqpay();
  const db = await consoleDb();
  const retrieving = uqpay.issuing.cards.retrieve(cardId);
  retrieving.catch(() => undefined); // awaited below; not an unhandled rejection meanwhile
  // The issuing balance needs the card's currency. When the index already knows the card as
  // fundable, it is asked for beside the card, not after it: one round trip instead of two.
  const [known] = await db
    .select({ mode: cardIndex.mode, status: cardIndex.status, currency: cardIndex.currency })
    .from(cardIndex)
    .where(and(eq(cardIndex.connectionId, connection.id), eq(cardIndex.cardId, cardId)))
    .limit(1);
  const early = known && fundable(known) ? { currency: known.currency, available: issuingAvailable(uqpay, known.currency!) } : null;
  const card = toCardView(await retrieving);
  after(() => upsertCardIndex(db, connection.id, [card]));
  let cancelAcceptedAt: string | null = null;
  if (card.status === "PRE_CANCEL" || card.status === "CANCELLED") {
    const [op] = await db
      .select({ at: operations.completedAt })
      .from(operations)
      .where(and(eq(operations.connectionId, connection.id), eq(operations.kind, "card.cancel"), eq(operations.target, cardId), eq(operations.state, "succeeded")))
      .orderBy(desc(operations.completedAt))
      .limit(1);
    cancelAcceptedAt = op?.at?.toISOString() ?? null;
  }
  return {
    card,
    environment: connection.environment,
    simulator: isSimulatorCapable(card.cardBin, connection.environment),
    cancelAcceptedAt,
    issuingAvailable: fundable(card) ? await (early?.currency === card.currency ? early.available : issuingAvailable(uqpay, card.currency)) : null,
  };
}

/** The card's latest transactions (newest first as UQPAY returns them). */
export async function listCardTransactions(cardId: string): Promise<CardTransactionView[]> {
  await requireRole("viewer");
  const { uqpay } = await activeUqpay();
  const page = await uqpay.issuing.transactions.list({ card_id: cardId, page_size: 20, page_number: 1 });
  return page.data.map(toTransactionView);
}
