import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countCardTxns } from "./issuing/card-transactions";
import { SEEDED } from "./seed-data";
import { bulkCardTransactions } from "./testing/bulk";
import { Harness } from "./testing/harness";

let h: Harness;
let cards: string[];
let now: Date;
const DAY = 86_400_000;

beforeAll(async () => {
  h = await Harness.start();
  await h.reset();
  cards = [await h.card(SEEDED.products.visaShare), await h.card(SEEDED.products.visaShare)];
  now = h.emu.runtime.clock.now();
  // Bulk rows (hours rebuilt by the loader) over 3 days, and live ones through the trigger.
  await bulkCardTransactions(h.emu.runtime.db, { cardId: cards[0], count: 700, days: 3, now });
  for (const amount of [1, 2, 3]) expect((await h.authorize(cards[1], amount)).status).toBe(200);
}, 120_000);
afterAll(() => h.close());

const counted = async (cardId: string | null, start: Date | null, end: Date | null) => {
  const params = [SEEDED.accountId, cardId, start, end];
  const [{ n }] = await h.emu.runtime.db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM emu_card_txns WHERE account_id = $1 AND ($2::uuid IS NULL OR card_id = $2::uuid)
       AND ($3::timestamptz IS NULL OR created_at >= $3) AND ($4::timestamptz IS NULL OR created_at <= $4)`,
    params,
  );
  return n;
};

describe("transaction list totals from hourly counts", () => {
  it("match a row-by-row count with no window, per card and over the account", async () => {
    for (const cardId of [null, ...cards]) expect(await countCardTxns(h.emu.runtime.db, SEEDED.accountId, cardId, null, null)).toBe(await counted(cardId, null, null));
    expect(await countCardTxns(h.emu.runtime.db, SEEDED.accountId, null, null, null)).toBeGreaterThanOrEqual(703);
  });

  it("match a row-by-row count for any window: whole hours, partial hours, one-sided, inside one hour", async () => {
    const t0 = now.getTime() - 4 * DAY;
    const instant = fc.oneof(
      fc.integer({ min: 0, max: 5 * DAY }).map((ms) => new Date(t0 + ms)),
      fc.integer({ min: 0, max: 120 }).map((hours) => new Date(Math.floor(t0 / 3_600_000) * 3_600_000 + hours * 3_600_000)),
    );
    await fc.assert(
      fc.asyncProperty(fc.option(instant, { nil: null }), fc.option(instant, { nil: null }), fc.constantFrom<string | null>(null, ...cards), async (a, b, cardId) => {
        const [start, end] = a && b && b < a ? [b, a] : [a, b];
        expect(await countCardTxns(h.emu.runtime.db, SEEDED.accountId, cardId, start, end)).toBe(await counted(cardId, start, end));
      }),
      { numRuns: 60 },
    );
  });

  it("list pages report the same total_items as before", async () => {
    const start = new Date(now.getTime() - 2 * DAY + 1234).toISOString();
    const res = await h.get<{ total_items: number }>(`/v1/issuing/transactions?page_size=10&page_number=1&start_time=${encodeURIComponent(start)}`);
    expect(res.body.total_items).toBe(await counted(null, new Date(start), null));
  });
});
