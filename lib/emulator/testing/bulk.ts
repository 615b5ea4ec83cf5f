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
  let inserted = 0;
  // The hourly counts are rebuilt once for the card instead of by the per-row trigger.
  await sql.query("ALTER TABLE emu_card_txns DISABLE TRIGGER emu_card_txn_hours_trg");
  try {
    // 100,000 rows per statement keeps PGlite's memory in bounds at a million.
    for (let from = 1; from <= input.count; from += 100_000) inserted += await insertTransactions(sql, { ...input, now, from, to: Math.min(input.count, from + 99_999) });
  } finally {
    await sql.query("ALTER TABLE emu_card_txns ENABLE TRIGGER emu_card_txn_hours_trg");
  }
  await sql.query("DELETE FROM emu_card_txn_hours WHERE card_id = $1::uuid", [input.cardId]);
  await sql.query(
    `INSERT INTO emu_card_txn_hours (account_id, card_id, hour, n)
     SELECT account_id, card_id, date_trunc('hour', created_at AT TIME ZONE 'UTC'), count(*) FROM emu_card_txns WHERE card_id = $1::uuid GROUP BY 1, 2, 3`,
    [input.cardId],
  );
  await sql.query("ANALYZE emu_card_txns");
  return inserted;
}

async function insertTransactions(sql: Sql, input: { cardId: string; count: number; days: number; now: Date; from: number; to: number }): Promise<number> {
  const rows = await sql.query<{ n: number }>(
    `WITH card AS (SELECT card_id, account_id, cardholder_id, pan, card_currency FROM emu_cards WHERE card_id = $1::uuid),
     ins AS (
       INSERT INTO emu_card_txns (transaction_id, account_id, card_id, transaction_type, status, original_id, amount, currency, data, created_at)
       SELECT gen_random_uuid(), card.account_id, card.card_id, 'AUTHORIZATION',
              CASE WHEN g % 5 = 0 THEN 'DECLINED' ELSE 'APPROVED' END, NULL,
              ((g::bigint * 7919) % 9999 + 1) / 100.0, card.card_currency,
              jsonb_build_object(
                'cardholder_id', card.cardholder_id, 'pan', card.pan,
                'short_transaction_id', 'T' || lpad(g::text, 12, '0'),
                'authorization_code', CASE WHEN g % 5 = 0 THEN '' ELSE lpad((g % 1000000)::text, 6, '0') END,
                'card_available_balance', '0',
                'description', CASE WHEN g % 5 = 0 THEN 'Insufficient balance' ELSE 'Bulk purchase ' || g END,
                'merchant', jsonb_build_object('category_code', '5734', 'city', 'Singapore', 'country', 'SG', 'name', 'Bulk Shop ' || (g % 50)),
                'posted_time', NULL),
              $3::timestamptz - make_interval(secs => (g::double precision / $2) * $4 * 86400)
       FROM card, generate_series($5::int, $6::int) g
       RETURNING 1)
     SELECT count(*)::int AS n FROM ins`,
    [input.cardId, input.count, input.now.toISOString(), input.days, input.from, input.to],
  );
  return rows[0]?.n ?? 0;
}

/**
 * `count` more cards (and, the first time, 1,000 cardholders to own them) in one account: statuses
 * cycle through ACTIVE (half), FROZEN, PRE_CANCEL and CANCELLED; PANs are BIN 40963608 + a running
 * number, so repeated loads add distinct cards. The per-row count trigger is off during the load
 * and the counts are rebuilt once, as a migration would.
 */
export async function bulkCards(sql: Sql, input: { accountId: string; productId: string; count: number }): Promise<void> {
  await sql.query("ALTER TABLE emu_cards DISABLE TRIGGER emu_card_counts_trg");
  await sql.query(
    `INSERT INTO emu_cardholders (cardholder_id, account_id, email, phone_number, status, data, created_at, updated_at)
     SELECT gen_random_uuid(), $1, 'bulk' || g || '@example.com', (3000000000 + g)::text, 'SUCCESS',
            '{"first_name":"Bulk","last_name":"Holder","country_code":"US"}'::jsonb, now(), now()
     FROM generate_series(1, 1000) g
     ON CONFLICT DO NOTHING`,
    [input.accountId],
  );
  const [{ n: loaded }] = await sql.query<{ n: number }>("SELECT count(*)::int AS n FROM emu_cards WHERE account_id = $1 AND pan LIKE '40963608%'", [input.accountId]);
  await sql.query(
    `WITH holders AS (SELECT cardholder_id, row_number() OVER () AS n FROM emu_cardholders WHERE email LIKE 'bulk%')
     INSERT INTO emu_cards (card_id, account_id, cardholder_id, product_id, pan, pan_last4, status, mode_type, card_currency,
       card_limit, balance, consumed, data, created_at, updated_at)
     SELECT gen_random_uuid(), $1, h.cardholder_id, $2, '40963608' || lpad(g::text, 8, '0'), right(lpad(g::text, 8, '0'), 4),
       (ARRAY['ACTIVE','ACTIVE','ACTIVE','FROZEN','PRE_CANCEL','CANCELLED'])[1 + g % 6], 'SHARE', 'USD', 100, 0, 0,
       jsonb_build_object('card_bin','40963608','card_scheme','VISA','form_factor','VIRTUAL','cvv','123','expire_date','12/29',
         'spending_controls','[]'::jsonb,'risk_controls',jsonb_build_object('allow_3ds_transactions','Y','allowed_mcc',null,'blocked_mcc',null),
         'metadata','{}'::jsonb,'no_pin_payment_amount','200','update_reason',null,'usage_type','NORMAL','auto_cancel_trigger',null,
         'expiry_at',null,'name_on_card',null,'create_order_id',gen_random_uuid()),
       now() - (g || ' seconds')::interval, now()
     FROM generate_series($4::int + 1, $4::int + $3::int) g JOIN holders h ON h.n = 1 + g % 1000`,
    [input.accountId, input.productId, input.count, loaded],
  );
  await sql.query("ALTER TABLE emu_cards ENABLE TRIGGER emu_card_counts_trg");
  await sql.query("DELETE FROM emu_card_counts");
  await sql.query("INSERT INTO emu_card_counts (account_id, status, n) SELECT account_id, status, count(*) FROM emu_cards GROUP BY 1, 2");
  await sql.query("ANALYZE emu_cards");
  await sql.query("ANALYZE emu_cardholders");
}
