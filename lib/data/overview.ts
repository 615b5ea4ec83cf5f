import "server-only";
import { getTimeZone } from "next-intl/server";
import { requireRole } from "@/lib/auth/session";
import { toTransactionView, type CardTransactionView } from "@/lib/cards/view";
import { activeUqpay } from "@/lib/connections";
import { toBalanceView, type BalanceView } from "@/lib/data/balances";
import { settle } from "@/lib/data/failure";
import { lastDays, queryWindow, sortNewest, spendPerDay, withinDays, type SpendSeries } from "@/lib/overview/spend";
import { CARD_STATUSES, type CardStatus, type CardTransaction, type UqpayClient } from "@/lib/uqpay";

export type CardCounts = { total: number; byStatus: { status: CardStatus; count: number }[]; other: number };
export type Activity = { days: string[]; spend: SpendSeries[]; declines: CardTransactionView[]; truncated: boolean };

export const LATEST_ROWS = 8;
export const DECLINE_ROWS = 5;
const TXN_PAGE_SIZE = 100;
// At most 2,000 transactions feed the chart; past that it says it is partial.
export const SCAN_PAGES = 20;
// Further pages are read together once the first says how many there are.
const PARALLEL_PAGES = 10;

// UQPAY has no card counts. One page of up to 100 cards answers most accounts outright; past that,
// a page_size-minimal list per status gives each total_items (in parallel), and the first call's
// total catches statuses UQPAY may add later ("other").
const CARD_PAGE = 100;

async function countCards(uqpay: UqpayClient): Promise<CardCounts> {
  const first = await uqpay.issuing.cards.list({ page_size: CARD_PAGE, page_number: 1 });
  const counts =
    first.total_pages <= 1 && first.data.length === first.total_items
      ? CARD_STATUSES.map((status) => first.data.filter((c) => c.card_status === status).length)
      : await Promise.all(CARD_STATUSES.map(async (card_status) => (await uqpay.issuing.cards.list({ card_status, page_size: 10, page_number: 1 })).total_items));
  const byStatus = CARD_STATUSES.map((status, i) => ({ status, count: counts[i] }));
  const total = first.total_items;
  return { total, byStatus, other: Math.max(0, total - byStatus.reduce((sum, s) => sum + s.count, 0)) };
}

type TransactionPage = Awaited<ReturnType<UqpayClient["issuing"]["transactions"]["list"]>>;

async function activity(uqpay: UqpayClient, first: TransactionPage, window: ReturnType<typeof queryWindow>, days: string[], timeZone: string): Promise<Activity> {
  const pages = Math.min(first.total_pages, SCAN_PAGES);
  const rows: CardTransaction[] = [...first.data];
  for (let from = 2; from <= pages; from += PARALLEL_PAGES) {
    const numbers = Array.from({ length: Math.min(PARALLEL_PAGES, pages - from + 1) }, (_, i) => from + i);
    const batches = await Promise.all(numbers.map((n) => uqpay.issuing.transactions.list({ page_size: TXN_PAGE_SIZE, page_number: n, ...window })));
    rows.push(...batches.flatMap((b) => b.data));
  }
  // Pages read while new transactions arrive can overlap by a row or two.
  const unique = [...new Map(rows.map((r) => [r.transaction_id, r])).values()];
  const inDays = withinDays(unique, days, timeZone);
  return {
    days,
    spend: spendPerDay(inDays, days, timeZone),
    declines: sortNewest(inDays.filter((r) => r.transaction_status === "DECLINED")).slice(0, DECLINE_ROWS).map(toTransactionView),
    truncated: first.total_pages > SCAN_PAGES,
  };
}

/**
 * Starts every read of the overview at once and returns one promise per section, so the page
 * can stream each section as its data arrives. UQPAY calls: balances 1; card counts 1 (up to 100
 * cards, else 1 + one per status in parallel); transactions of the last 30 days 1 + one per
 * further page of 100, read 10 at a time. The first transactions page feeds both the latest rows
 * and the chart.
 */
export function loadOverview(now = new Date()) {
  const client = requireRole("viewer").then(async () => (await activeUqpay()).uqpay);
  const zone = getTimeZone();
  const window = queryWindow(now);
  const days = zone.then((z) => lastDays(now, z));
  const firstPage = client.then((uqpay) => uqpay.issuing.transactions.list({ page_size: TXN_PAGE_SIZE, page_number: 1, ...window }));
  return {
    balances: settle(client.then(async (uqpay) => (await uqpay.issuing.balances.list({ page_size: 100 })).data.map(toBalanceView))),
    cards: settle(client.then(countCards)),
    latest: settle(
      Promise.all([firstPage, days, zone]).then(([first, d, z]) => sortNewest(withinDays(first.data, d, z)).slice(0, LATEST_ROWS).map(toTransactionView)),
    ),
    activity: settle(Promise.all([client, firstPage, days, zone]).then(([uqpay, first, d, z]) => activity(uqpay, first, window, d, z))),
  };
}

export type Overview = ReturnType<typeof loadOverview>;
export type { BalanceView };
