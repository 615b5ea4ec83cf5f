import { addAmounts, compareAmounts, isAmount, isZero, type DecimalString } from "@/lib/money";

// Spend per day for the overview chart. Days are calendar days in the reader's time zone, the
// zone the console shows every time in. Amounts stay decimal strings (lib/money); currencies are
// never added together.

export const OVERVIEW_DAYS = 30;

/** The fields of a UQPAY card transaction the overview reads (a structural subset of CardTransaction). */
export type SpendSource = {
  transaction_id: string;
  original_transaction_id?: string | null;
  transaction_type?: string | null;
  transaction_status?: string | null;
  billing_amount?: string | null;
  billing_currency?: string | null;
  transaction_amount?: string | null;
  transaction_currency?: string | null;
  transaction_time?: string | null;
};

export type DaySpend = { day: string; amount: DecimalString };
export type SpendSeries = { currency: string; days: DaySpend[]; total: DecimalString; max: DecimalString };

// One formatter per zone: building one costs far more than using it, and dayIn runs per transaction.
const dayFormats = new Map<string, Intl.DateTimeFormat>();
function dayParts(timeZone: string): Intl.DateTimeFormat {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    if (dayFormats.size >= 100) dayFormats.clear();
    dayFormats.set(timeZone, format);
  }
  return format;
}

/** The calendar day (YYYY-MM-DD) an instant falls on in a time zone. */
export function dayIn(instant: Date, timeZone: string): string {
  const parts = Object.fromEntries(dayParts(timeZone).formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** The last `count` calendar days in the zone, oldest first, ending with today. */
export function lastDays(now: Date, timeZone: string, count = OVERVIEW_DAYS): string[] {
  const [y, m, d] = dayIn(now, timeZone).split("-").map(Number);
  // Calendar arithmetic on the date alone, in UTC, where every day has 24 hours.
  return Array.from({ length: count }, (_, i) => new Date(Date.UTC(y, m - 1, d - (count - 1 - i))).toISOString().slice(0, 10));
}

/**
 * The UQPAY query window that covers those days in any zone: the first day starts at most
 * count − 1 days plus one (25-hour, DST) day before now. Rows outside the days are dropped later.
 */
export function queryWindow(now: Date, count = OVERVIEW_DAYS): { start_time: string; end_time: string } {
  return { start_time: new Date(now.getTime() - (count + 1) * 86_400_000).toISOString(), end_time: now.toISOString() };
}

const newestFirst = (a: SpendSource, b: SpendSource) => (Date.parse(b.transaction_time ?? "") || 0) - (Date.parse(a.transaction_time ?? "") || 0);

/** Newest first by transaction_time (UQPAY's own order is not documented); rows without a time last. */
export function sortNewest<T extends SpendSource>(rows: readonly T[]): T[] {
  return [...rows].sort(newestFirst);
}

/** The rows whose transaction_time falls on one of the days in the zone. */
export function withinDays<T extends SpendSource>(rows: readonly T[], days: readonly string[], timeZone: string): T[] {
  const wanted = new Set(days);
  return rows.filter((r) => {
    const time = Date.parse(r.transaction_time ?? "");
    return !Number.isNaN(time) && wanted.has(dayIn(new Date(time), timeZone));
  });
}

/**
 * Spend is approved authorisations less those an approved reversal in the same rows undoes,
 * in the currency the card was billed in. Settlements are left out: they follow an authorisation
 * already counted.
 */
export function spendPerDay(rows: readonly SpendSource[], days: readonly string[], timeZone: string): SpendSeries[] {
  const reversed = new Set(
    rows.filter((r) => r.transaction_type === "REVERSAL" && r.transaction_status === "APPROVED" && r.original_transaction_id).map((r) => r.original_transaction_id),
  );
  const wanted = new Set(days);
  const sums = new Map<string, Map<string, DecimalString>>();
  for (const row of rows) {
    if (row.transaction_type !== "AUTHORIZATION" || row.transaction_status !== "APPROVED" || reversed.has(row.transaction_id)) continue;
    // An amount only ever with its own currency: billing first (the card's), else the transaction's.
    const [amount, currency] = row.billing_amount && row.billing_currency ? [row.billing_amount, row.billing_currency] : [row.transaction_amount, row.transaction_currency];
    const time = Date.parse(row.transaction_time ?? "");
    if (!amount || !isAmount(amount) || !currency || Number.isNaN(time)) continue;
    const day = dayIn(new Date(time), timeZone);
    if (!wanted.has(day)) continue;
    const perDay = sums.get(currency) ?? new Map<string, DecimalString>();
    perDay.set(day, addAmounts(perDay.get(day) ?? "0", amount));
    sums.set(currency, perDay);
  }
  return [...sums.entries()]
    .map(([currency, perDay]): SpendSeries => {
      const series = days.map((day) => ({ day, amount: perDay.get(day) ?? "0" }));
      const max = series.reduce((m, s) => (compareAmounts(s.amount, m) > 0 ? s.amount : m), "0");
      return { currency, days: series, total: addAmounts(...series.map((s) => s.amount)), max };
    })
    .filter((s) => !isZero(s.total))
    .sort((a, b) => a.currency.localeCompare(b.currency));
}
