import "server-only";
import { activeUqpay } from "@/lib/connections";
import { csvLines } from "@/lib/csv";
import { boundedRange, rangeTimes, type DayRange } from "@/lib/schemas/date-range";
import type { TransactionFilters } from "@/lib/schemas/transactions";
import type { CardTransaction } from "@/lib/uqpay";
import { matchesFilters } from "./transactions";

// CSV export of the whole filtered transaction set: every page of the (at most 90-day) window,
// read 100 at a time, one page ahead of the browser. Memory stays at about two pages.

export const EXPORT_COLUMNS = [
  "transaction_id",
  "short_transaction_id",
  "transaction_time",
  "posted_time",
  "card_id",
  "card_number",
  "transaction_type",
  "transaction_status",
  "transaction_amount",
  "transaction_currency",
  "billing_amount",
  "billing_currency",
  "transaction_fee",
  "transaction_fee_currency",
  "merchant_name",
  "merchant_category_code",
  "merchant_city",
  "merchant_country",
  "authorization_code",
  "wallet_type",
  "original_transaction_id",
  "failure_reason",
  "description",
];

const EXPORT_PAGE_SIZE = 100;

function row(t: CardTransaction): unknown[] {
  const m = t.merchant_data;
  return [
    t.transaction_id,
    t.short_transaction_id,
    t.transaction_time,
    t.posted_time,
    t.card_id,
    t.card_number,
    t.transaction_type,
    t.transaction_status,
    t.transaction_amount,
    t.transaction_currency,
    t.billing_amount,
    t.billing_currency,
    t.transaction_fee,
    t.transaction_fee_currency,
    m?.name,
    m?.category_code,
    m?.city,
    m?.country,
    t.authorization_code,
    t.wallet_type,
    t.original_transaction_id,
    t.failure_reason,
    t.description,
  ];
}

export type TransactionExport = {
  range: DayRange;
  /** Transactions UQPAY holds in the window; the rows exported when no status or type filter is set. */
  scanTotal: number;
  /** The CSV, header first; reading it reads UQPAY page by page. */
  body: ReadableStream<Uint8Array>;
  /** Resolves with the data rows written once the stream is read to its end. */
  done: Promise<{ rows: number }>;
};

/**
 * Starts an export: the first page is read before this resolves, so a UQPAY refusal becomes a
 * proper error response instead of a truncated file.
 */
export async function openTransactionExport(filters: TransactionFilters): Promise<TransactionExport> {
  const { uqpay } = await activeUqpay();
  const range = boundedRange(filters.from, filters.to);
  const read = (page: number) => uqpay.issuing.transactions.list({ page_size: EXPORT_PAGE_SIZE, page_number: page, card_id: filters.card, ...rangeTimes(range) });
  const first = await read(1);
  const keep = matchesFilters(filters);
  const encoder = new TextEncoder();
  // The next page is read while this one is written out, so UQPAY's latency and the console's own
  // work overlap instead of adding up, page after page.
  let requested = 1;
  const readAhead = () => {
    if (requested >= first.total_pages) return null;
    const next = read(++requested);
    next.catch(() => undefined); // a failure is reported when it is awaited, not as unhandled
    return next;
  };
  let ahead = readAhead();
  let pending: CardTransaction[] | null = first.data;
  let rows = 0;
  let settle: (value: { rows: number }) => void = () => undefined;
  let fail: (reason: unknown) => void = () => undefined;
  const done = new Promise<{ rows: number }>((resolve, reject) => ((settle = resolve), (fail = reject)));
  done.catch(() => undefined);
  const body = new ReadableStream<Uint8Array>(
    {
      start(controller) {
        controller.enqueue(encoder.encode(csvLines([EXPORT_COLUMNS])));
      },
      async pull(controller) {
        try {
          if (pending === null) {
            const next = ahead ? await ahead : null;
            ahead = next && next.data.length > 0 ? readAhead() : null;
            pending = next && next.data.length > 0 ? next.data : null;
            if (pending === null) {
              controller.close();
              settle({ rows });
              return;
            }
          }
          const kept = pending.filter(keep);
          pending = null;
          rows += kept.length;
          if (kept.length > 0) controller.enqueue(encoder.encode(csvLines(kept.map(row))));
        } catch (error) {
          fail(error);
          controller.error(error);
        }
      },
      cancel(reason) {
        fail(reason ?? new Error("export cancelled"));
      },
    },
    // One page queued at a time: a slow reader slows the reads from UQPAY instead of filling memory.
    { highWaterMark: 1 },
  );
  return { range, scanTotal: first.total_items, body, done };
}
