import type { Sql } from "../db";

// Benchmark-only bulk loads: rows the API would have written, inserted in one SQL statement so a
// benchmark can stand up 10,000 or 1,000,000 card transactions in seconds.

/**
 * `count` card transactions on one existing card, spread evenly over the last `days` days before
 * `now`: four in five APPROVED AUTHORIZATION, the rest DECLINED, amounts 0.01–99.99 in the card's
 * currency. Returns the inserted count.
 */
export async function bulkCardTransactions(sql: Sql, input: { cardId: string; count: number; days: number; now?: Date }): Promise<number> {
  const now = input.now ?? new Date();
  const rows = await sql.query<{ n: number }>(
    `WITH card AS (SELECT card_id, account_id, cardholder_id, pan, card_currency FROM emu_cards WHERE card_id = $1::uuid),
     ins AS (
       INSERT INTO emu_card_txns (transaction_id, account_id, card_id, transaction_type, status, original_id, amount, currency, data, created_at)
       SELECT gen_random_uuid(), card.account_id, card.card_id, 'AUTHORIZATION',
              CASE WHEN g % 5 = 0 THEN 'DECLINED' ELSE 'APPROVED' END, NULL,
              ((g * 7919) % 9999 + 1) / 100.0, card.card_currency,
              jsonb_build_object(
                'cardholder_id', card.cardholder_id, 'pan', card.pan,
                'short_transaction_id', 'T' || lpad(g::text, 12, '0'),
                'authorization_code', CASE WHEN g % 5 = 0 THEN '' ELSE lpad((g % 1000000)::text, 6, '0') END,
                'card_available_balance', '0',
                'description', CASE WHEN g % 5 = 0 THEN 'Insufficient balance' ELSE 'Bulk purchase ' || g END,
                'merchant', jsonb_build_object('category_code', '5734', 'city', 'Singapore', 'country', 'SG', 'name', 'Bulk Shop ' || (g % 50)),
                'posted_time', NULL),
              $3::timestamptz - make_interval(secs => (g::double precision / $2) * $4 * 86400)
       FROM card, generate_series(1, $2::int) g
       RETURNING 1)
     SELECT count(*)::int AS n FROM ins`,
    [input.cardId, input.count, now.toISOString(), input.days],
  );
  await sql.query("ANALYZE emu_card_txns");
  return rows[0]?.n ?? 0;
}
