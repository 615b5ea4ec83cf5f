// The emulator's own tables (prefix emu_), created at boot; never the console's. Lists filter
// and page in SQL, so every list filter has an index ending in the creation sequence.
export const SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS emu_accounts (
  account_id uuid PRIMARY KEY,
  client_id text UNIQUE NOT NULL,
  api_key text NOT NULL,
  name text NOT NULL,
  settings jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL
);
CREATE TABLE IF NOT EXISTS emu_products (
  product_id uuid PRIMARY KEY,
  account_id uuid NOT NULL,
  seq bigserial,
  data jsonb NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS emu_products_list ON emu_products (account_id, seq);
CREATE TABLE IF NOT EXISTS emu_cardholders (
  cardholder_id uuid PRIMARY KEY,
  account_id uuid NOT NULL,
  seq bigserial,
  email text NOT NULL,
  phone_number text NOT NULL,
  reference_id text,
  status text NOT NULL,
  data jsonb NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS emu_cardholders_list ON emu_cardholders (account_id, seq DESC);
CREATE INDEX IF NOT EXISTS emu_cardholders_status ON emu_cardholders (account_id, status, seq DESC);
CREATE UNIQUE INDEX IF NOT EXISTS emu_cardholders_email ON emu_cardholders (account_id, email);
CREATE UNIQUE INDEX IF NOT EXISTS emu_cardholders_phone ON emu_cardholders (account_id, phone_number);
CREATE UNIQUE INDEX IF NOT EXISTS emu_cardholders_ref ON emu_cardholders (reference_id);
CREATE TABLE IF NOT EXISTS emu_cards (
  card_id uuid PRIMARY KEY,
  account_id uuid NOT NULL,
  seq bigserial,
  cardholder_id uuid NOT NULL,
  product_id uuid NOT NULL,
  pan text NOT NULL,
  pan_last4 text NOT NULL,
  status text NOT NULL,
  mode_type text NOT NULL,
  card_currency text NOT NULL,
  card_limit numeric NOT NULL,
  balance numeric NOT NULL DEFAULT 0,
  consumed numeric NOT NULL DEFAULT 0,
  due_at timestamptz,
  data jsonb NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS emu_cards_list ON emu_cards (account_id, seq DESC);
CREATE INDEX IF NOT EXISTS emu_cards_status ON emu_cards (account_id, status, seq DESC);
CREATE INDEX IF NOT EXISTS emu_cards_holder ON emu_cards (account_id, cardholder_id, seq DESC);
CREATE INDEX IF NOT EXISTS emu_cards_pan ON emu_cards (account_id, pan);
CREATE INDEX IF NOT EXISTS emu_cards_last4 ON emu_cards (account_id, pan_last4, seq DESC);
CREATE INDEX IF NOT EXISTS emu_cards_due ON emu_cards (due_at) WHERE due_at IS NOT NULL;
-- Card counts per (account, status), kept by a trigger, so total_items of the card list and the
-- account quota never count 100k rows: an unfiltered count(*) would be a sequential scan.
CREATE TABLE IF NOT EXISTS emu_card_counts (
  account_id uuid NOT NULL,
  status text NOT NULL,
  n bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (account_id, status)
);
CREATE OR REPLACE FUNCTION emu_card_counts_fn() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.status = NEW.status AND OLD.account_id = NEW.account_id THEN
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE emu_card_counts SET n = n - 1 WHERE account_id = OLD.account_id AND status = OLD.status;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO emu_card_counts (account_id, status, n) VALUES (NEW.account_id, NEW.status, 1)
    ON CONFLICT (account_id, status) DO UPDATE SET n = emu_card_counts.n + 1;
  END IF;
  RETURN NULL;
END $$;
DROP TRIGGER IF EXISTS emu_card_counts_trg ON emu_cards;
CREATE TRIGGER emu_card_counts_trg AFTER INSERT OR DELETE OR UPDATE OF status, account_id ON emu_cards
  FOR EACH ROW EXECUTE FUNCTION emu_card_counts_fn();
CREATE TABLE IF NOT EXISTS emu_card_orders (
  card_order_id uuid PRIMARY KEY,
  account_id uuid NOT NULL,
  card_id uuid NOT NULL,
  order_type text NOT NULL,
  amount numeric,
  currency text NOT NULL,
  status text NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  completed_at timestamptz
);
CREATE INDEX IF NOT EXISTS emu_card_orders_card ON emu_card_orders (card_id, created_at);
CREATE TABLE IF NOT EXISTS emu_balances (
  balance_id uuid PRIMARY KEY,
  account_id uuid NOT NULL,
  seq bigserial,
  currency text NOT NULL,
  available numeric NOT NULL,
  margin numeric NOT NULL DEFAULT 0,
  frozen numeric NOT NULL DEFAULT 0,
  status text NOT NULL,
  created_at timestamptz NOT NULL,
  last_trade_at timestamptz,
  UNIQUE (account_id, currency)
);
CREATE TABLE IF NOT EXISTS emu_balance_txns (
  transaction_id uuid PRIMARY KEY,
  account_id uuid NOT NULL,
  seq bigserial,
  short_id text NOT NULL,
  balance_id uuid NOT NULL,
  transaction_type text NOT NULL,
  status text NOT NULL,
  currency text NOT NULL,
  amount numeric NOT NULL,
  ending_balance numeric NOT NULL,
  description text NOT NULL,
  card_id uuid,
  created_at timestamptz NOT NULL,
  completed_at timestamptz
);
CREATE INDEX IF NOT EXISTS emu_balance_txns_list ON emu_balance_txns (account_id, seq DESC);
CREATE INDEX IF NOT EXISTS emu_balance_txns_currency ON emu_balance_txns (account_id, currency, seq DESC);
CREATE INDEX IF NOT EXISTS emu_balance_txns_type ON emu_balance_txns (account_id, transaction_type, seq DESC);
CREATE INDEX IF NOT EXISTS emu_balance_txns_time ON emu_balance_txns (account_id, created_at);
CREATE TABLE IF NOT EXISTS emu_card_txns (
  transaction_id uuid PRIMARY KEY,
  account_id uuid NOT NULL,
  seq bigserial,
  card_id uuid NOT NULL,
  transaction_type text NOT NULL,
  status text NOT NULL,
  original_id uuid,
  amount numeric NOT NULL,
  currency text NOT NULL,
  reversed boolean NOT NULL DEFAULT false,
  data jsonb NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS emu_card_txns_list ON emu_card_txns (account_id, seq DESC);
CREATE INDEX IF NOT EXISTS emu_card_txns_card ON emu_card_txns (account_id, card_id, seq DESC);
CREATE INDEX IF NOT EXISTS emu_card_txns_time ON emu_card_txns (account_id, created_at);
CREATE INDEX IF NOT EXISTS emu_card_txns_card_time ON emu_card_txns (account_id, card_id, created_at);
-- Card transactions per (account, card, UTC hour), kept by a trigger, so total_items of the
-- transaction list sums at most a few thousand hours instead of counting a million rows; only the
-- partial hours at a window's edges are counted row by row (transactions are never deleted or moved).
CREATE TABLE IF NOT EXISTS emu_card_txn_hours (
  account_id uuid NOT NULL,
  card_id uuid NOT NULL,
  hour timestamp NOT NULL,
  n bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (account_id, hour, card_id)
);
CREATE OR REPLACE FUNCTION emu_card_txn_hours_fn() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO emu_card_txn_hours (account_id, card_id, hour, n)
  VALUES (NEW.account_id, NEW.card_id, date_trunc('hour', NEW.created_at AT TIME ZONE 'UTC'), 1)
  ON CONFLICT (account_id, hour, card_id) DO UPDATE SET n = emu_card_txn_hours.n + 1;
  RETURN NULL;
END $$;
DROP TRIGGER IF EXISTS emu_card_txn_hours_trg ON emu_card_txns;
CREATE TRIGGER emu_card_txn_hours_trg AFTER INSERT ON emu_card_txns FOR EACH ROW EXECUTE FUNCTION emu_card_txn_hours_fn();
-- A store made before the table existed: counted once from its transactions.
INSERT INTO emu_card_txn_hours (account_id, card_id, hour, n)
SELECT account_id, card_id, date_trunc('hour', created_at AT TIME ZONE 'UTC'), count(*) FROM emu_card_txns
WHERE NOT EXISTS (SELECT 1 FROM emu_card_txn_hours) GROUP BY 1, 2, 3;
-- Small emulator state that must survive a restart of a directory/PostgreSQL store (the clock offset).
CREATE TABLE IF NOT EXISTS emu_meta (
  key text PRIMARY KEY,
  value jsonb NOT NULL
);
CREATE TABLE IF NOT EXISTS emu_idempotency (
  idem_key text PRIMARY KEY,
  account_id uuid NOT NULL,
  method text NOT NULL,
  path text NOT NULL,
  status int NOT NULL,
  body text NOT NULL,
  created_at timestamptz NOT NULL
);
`;

/** Wipes every emulator table (control API reset); the schema stays. */
export const TRUNCATE_SQL = `TRUNCATE emu_accounts, emu_products, emu_cardholders, emu_cards, emu_card_counts, emu_card_orders,
  emu_balances, emu_balance_txns, emu_card_txns, emu_card_txn_hours, emu_idempotency, emu_meta RESTART IDENTITY`;
