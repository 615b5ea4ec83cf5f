import Decimal from "decimal.js";
import type { Sql } from "../db";

/**
 * Reconciliation of the emulator's books, per account and currency:
 * - the issuing balance equals the sum of its balance transactions, and the last ending_balance;
 * - deposits = issuing balance + funds held on SINGLE cards + net approved card spend.
 * Returns the list of violations (empty when the books balance).
 */
export async function checkBooks(sql: Sql, accountId: string): Promise<string[]> {
  const problems: string[] = [];
  const balances = await sql.query<{ currency: string; available: string; balance_id: string }>(
    "SELECT * FROM emu_balances WHERE account_id = $1",
    [accountId],
  );
  for (const b of balances) {
    const [sums] = await sql.query<{ total: string | null; deposits: string | null }>(
      `SELECT sum(amount) AS total, sum(amount) FILTER (WHERE transaction_type = 'DEPOSIT') AS deposits
       FROM emu_balance_txns WHERE balance_id = $1`,
      [b.balance_id],
    );
    const [last] = await sql.query<{ ending_balance: string }>(
      "SELECT ending_balance FROM emu_balance_txns WHERE balance_id = $1 ORDER BY seq DESC LIMIT 1",
      [b.balance_id],
    );
    const available = new Decimal(b.available);
    if (available.isNegative()) problems.push(`${b.currency}: negative issuing balance ${available}`);
    if (!available.equals(sums.total ?? 0)) problems.push(`${b.currency}: balance ${available} ≠ Σ transactions ${sums.total}`);
    if (last && !available.equals(last.ending_balance)) problems.push(`${b.currency}: balance ${available} ≠ last ending ${last.ending_balance}`);
    const [cards] = await sql.query<{ held: string | null; bad: number }>(
      `SELECT sum(balance) FILTER (WHERE mode_type = 'SINGLE') AS held,
              count(*) FILTER (WHERE balance < 0 OR consumed < 0)::int AS bad
       FROM emu_cards WHERE account_id = $1 AND card_currency = $2`,
      [accountId, b.currency],
    );
    const [spend] = await sql.query<{ auth: string | null; rev: string | null }>(
      `SELECT sum(amount) FILTER (WHERE transaction_type = 'AUTHORIZATION' AND status = 'APPROVED') AS auth,
              sum(amount) FILTER (WHERE transaction_type = 'REVERSAL') AS rev
       FROM emu_card_txns WHERE account_id = $1 AND currency = $2`,
      [accountId, b.currency],
    );
    if (cards.bad > 0) problems.push(`${b.currency}: ${cards.bad} cards with negative balance or consumed`);
    const netSpend = new Decimal(spend.auth ?? 0).minus(spend.rev ?? 0);
    const accounted = available.plus(cards.held ?? 0).plus(netSpend);
    if (!accounted.equals(sums.deposits ?? 0)) {
      problems.push(`${b.currency}: deposits ${sums.deposits} ≠ balance ${available} + SINGLE funds ${cards.held ?? 0} + net spend ${netSpend}`);
    }
  }
  return problems;
}
