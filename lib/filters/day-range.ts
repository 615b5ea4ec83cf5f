// UQPAY refuses transaction queries spanning more than 90 days; the console narrows a wider range
// itself and says so, instead of passing UQPAY's error on. Free of zod: the list pages run it in
// the browser too.
export const MAX_RANGE_DAYS = 90;
const DAY_MS = 86_400_000;

export type DayRange = { from?: string; to?: string; narrowed: boolean };

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A from/to pair (YYYY-MM-DD, UTC days, both inclusive) kept within UQPAY's 90-day limit. */
export function boundedRange(from: string | undefined, to: string | undefined): DayRange {
  if (!from || !to) return { from, to, narrowed: false };
  const [start, end] = [Date.parse(`${from}T00:00:00Z`), Date.parse(`${to}T00:00:00Z`)].sort((a, b) => a - b);
  if (end - start <= (MAX_RANGE_DAYS - 1) * DAY_MS) return { from: day(start), to: day(end), narrowed: false };
  return { from: day(end - (MAX_RANGE_DAYS - 1) * DAY_MS), to: day(end), narrowed: true };
}

/** The UQPAY query times for a day range: start of `from` to the end of `to`, in UTC. */
export function rangeTimes(range: DayRange): { start_time?: string; end_time?: string } {
  return {
    ...(range.from ? { start_time: `${range.from}T00:00:00Z` } : {}),
    ...(range.to ? { end_time: `${range.to}T23:59:59Z` } : {}),
  };
}
