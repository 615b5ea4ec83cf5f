import { accountsSeed } from "./seed-accounts";
import type { EmulatorConfig, Runtime } from "./core/context";
import type { Sql } from "./db";
import { Decimal } from "./core/money";
import { insertProduct } from "./issuing/products";
import { deposit } from "./issuing/ledger";
import { SEEDED, SEEDED_PRODUCTS } from "./seed-data";

/**
 * The base seed: two accounts, the six products of the issue, USD/SGD issuing balances funded
 * by DEPOSIT transactions. Ids are fixed (seed-data.ts) so tests and docs can name them.
 */
export async function seedBase(sql: Sql, config: EmulatorConfig, now: Date): Promise<void> {
  for (const account of accountsSeed(config)) {
    await sql.query(
      `INSERT INTO emu_accounts (account_id, client_id, api_key, name, settings, created_at) VALUES ($1, $2, $3, $4, '{}', $5)
       ON CONFLICT (account_id) DO UPDATE SET client_id = $2, api_key = $3`,
      [account.id, account.clientId, account.apiKey, account.name, now],
    );
  }
  const existing = await sql.query("SELECT 1 FROM emu_products WHERE account_id = $1 LIMIT 1", [SEEDED.accountId]);
  if (existing.length > 0) return;
  for (const product of SEEDED_PRODUCTS) await insertProduct(sql, SEEDED.accountId, product, now);
  for (const [currency, amount] of Object.entries(SEEDED.balances)) {
    await deposit(sql, SEEDED.accountId, currency, new Decimal(amount), now);
  }
  await deposit(sql, SEEDED.secondAccountId, "USD", new Decimal("1000"), now);
}

export async function isSeeded(rt: Runtime): Promise<boolean> {
  return (await rt.db.query("SELECT 1 FROM emu_accounts LIMIT 1")).length > 0;
}
