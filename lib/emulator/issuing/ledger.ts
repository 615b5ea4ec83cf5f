import { Decimal, dec } from "../core/money";
import { shortId, uuid } from "../core/ids";
import type { Sql } from "../db";

export interface BalanceRow {
  balance_id: string;
  account_id: string;
  currency: string;
  available: string;
  margin: string;
  frozen: string;
  status: string;
  created_at: Date;
  last_trade_at: Date | null;
}

export type MoveFailure = "no_balance" | "insufficient";

export interface Movement {
  accountId: string;
  currency: string;
  /** Positive credits the issuing balance, negative debits it. */
  delta: Decimal;
  type: string;
  description: string;
  cardId?: string | null;
  now: Date;
}

export async function loadBalance(sql: Sql, accountId: string, currency: string): Promise<BalanceRow | null> {
  const rows = await sql.query<BalanceRow>("SELECT * FROM emu_balances WHERE account_id = $1 AND currency = $2", [accountId, currency]);
  return rows[0] ?? null;
}

export async function issuingAvailableByCurrency(sql: Sql, accountId: string): Promise<Map<string, Decimal>> {
  const rows = await sql.query<BalanceRow>("SELECT * FROM emu_balances WHERE account_id = $1", [accountId]);
  return new Map(rows.map((r) => [r.currency, dec(r.available)]));
}

/**
 * The only writer of issuing balances: every movement updates the balance and appends a
 * balance transaction carrying the ending balance, so the books always reconcile.
 * Runs inside the caller's write transaction (under the emulator's write lock).
 */
export async function moveIssuing(sql: Sql, m: Movement): Promise<{ ok: true; transactionId: string } | { ok: false; reason: MoveFailure }> {
  const balance = await loadBalance(sql, m.accountId, m.currency);
  if (!balance) return { ok: false, reason: "no_balance" };
  const ending = dec(balance.available).plus(m.delta);
  if (ending.isNegative()) return { ok: false, reason: "insufficient" };
  await sql.query("UPDATE emu_balances SET available = $2, last_trade_at = $3 WHERE balance_id = $1", [
    balance.balance_id,
    ending.toFixed(),
    m.now,
  ]);
  const transactionId = uuid();
  await sql.query(
    `INSERT INTO emu_balance_txns (transaction_id, account_id, short_id, balance_id, transaction_type, status, currency,
       amount, ending_balance, description, card_id, created_at, completed_at)
     VALUES ($1, $2, $3, $4, $5, 'COMPLETED', $6, $7, $8, $9, $10, $11, $11)`,
    [transactionId, m.accountId, shortId("T", m.now), balance.balance_id, m.type, m.currency, m.delta.toFixed(), ending.toFixed(), m.description, m.cardId ?? null, m.now],
  );
  return { ok: true, transactionId };
}

export async function createBalance(sql: Sql, accountId: string, currency: string, now: Date): Promise<void> {
  await sql.query(
    `INSERT INTO emu_balances (balance_id, account_id, currency, available, status, created_at)
     VALUES ($1, $2, $3, 0, 'ACTIVE', $4) ON CONFLICT (account_id, currency) DO NOTHING`,
    [uuid(), accountId, currency, now],
  );
}

/** Funding is a dashboard action at UQPAY; the emulator books it as a DEPOSIT (seed and control API). */
export async function deposit(sql: Sql, accountId: string, currency: string, amount: Decimal, now: Date): Promise<void> {
  await createBalance(sql, accountId, currency, now);
  await moveIssuing(sql, { accountId, currency, delta: amount, type: "DEPOSIT", description: "Deposit", now });
}
