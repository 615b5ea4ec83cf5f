import type { Sql } from "../db";
import type { Account, AccountSettings } from "./context";

export const DEFAULT_SETTINGS: AccountSettings = {
  secure_details_allowed: true,
  card_quota: 1_000_000,
  cardholder_card_quota: 20,
  active: true,
  blocked_products: [],
  exhausted_bins: [],
};

type AccountRow = { account_id: string; client_id: string; api_key: string; name: string; settings: Partial<AccountSettings> };

function toAccount(row: AccountRow): Account {
  return {
    account_id: row.account_id,
    client_id: row.client_id,
    name: row.name,
    settings: { ...DEFAULT_SETTINGS, ...row.settings },
  };
}

export async function loadAccount(sql: Sql, accountId: string): Promise<Account | null> {
  const rows = await sql.query<AccountRow>("SELECT * FROM emu_accounts WHERE account_id = $1", [accountId]);
  return rows[0] ? toAccount(rows[0]) : null;
}

export async function loadAccountByClientId(sql: Sql, clientId: string): Promise<{ account: Account; apiKey: string } | null> {
  const rows = await sql.query<AccountRow>("SELECT * FROM emu_accounts WHERE client_id = $1", [clientId]);
  return rows[0] ? { account: toAccount(rows[0]), apiKey: rows[0].api_key } : null;
}

export async function listAccounts(sql: Sql): Promise<Account[]> {
  const rows = await sql.query<AccountRow>("SELECT * FROM emu_accounts ORDER BY created_at, client_id");
  return rows.map(toAccount);
}

export async function updateSettings(sql: Sql, accountId: string, patch: Partial<AccountSettings>): Promise<Account | null> {
  const rows = await sql.query<AccountRow>(
    "UPDATE emu_accounts SET settings = settings || $2::jsonb WHERE account_id = $1 RETURNING *",
    [accountId, JSON.stringify(patch)],
  );
  return rows[0] ? toAccount(rows[0]) : null;
}
