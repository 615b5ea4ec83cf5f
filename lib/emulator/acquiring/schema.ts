// Global Acquiring tables (prefix emu_acq_), created at boot beside the core schema and wiped by
// the control API's reset. Ids are text (PI/PA/RF + digits); every list filter has an index
// ending in the creation sequence, as the issuing tables do.
export const ACQUIRING_SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS emu_acq_intents (
  payment_intent_id text PRIMARY KEY,
  account_id uuid NOT NULL,
  seq bigserial,
  status text NOT NULL,
  currency text NOT NULL,
  amount numeric NOT NULL,
  captured_amount numeric NOT NULL DEFAULT 0,
  merchant_order_id text NOT NULL,
  latest_attempt_id text,
  due_at timestamptz,
  data jsonb NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS emu_acq_intents_list ON emu_acq_intents (account_id, seq DESC);
CREATE INDEX IF NOT EXISTS emu_acq_intents_status ON emu_acq_intents (account_id, status, seq DESC);
CREATE INDEX IF NOT EXISTS emu_acq_intents_order ON emu_acq_intents (account_id, merchant_order_id, seq DESC);
CREATE INDEX IF NOT EXISTS emu_acq_intents_due ON emu_acq_intents (due_at) WHERE due_at IS NOT NULL;
CREATE TABLE IF NOT EXISTS emu_acq_attempts (
  attempt_id text PRIMARY KEY,
  account_id uuid NOT NULL,
  seq bigserial,
  payment_intent_id text NOT NULL,
  status text NOT NULL,
  currency text NOT NULL,
  amount numeric NOT NULL,
  captured_amount numeric NOT NULL DEFAULT 0,
  refunded_amount numeric NOT NULL DEFAULT 0,
  data jsonb NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS emu_acq_attempts_list ON emu_acq_attempts (account_id, seq DESC);
CREATE INDEX IF NOT EXISTS emu_acq_attempts_intent ON emu_acq_attempts (account_id, payment_intent_id, seq DESC);
CREATE INDEX IF NOT EXISTS emu_acq_attempts_status ON emu_acq_attempts (account_id, status, seq DESC);
CREATE TABLE IF NOT EXISTS emu_acq_refunds (
  payment_refund_id text PRIMARY KEY,
  account_id uuid NOT NULL,
  seq bigserial,
  payment_intent_id text NOT NULL,
  payment_attempt_id text NOT NULL,
  merchant_order_id text NOT NULL,
  status text NOT NULL,
  currency text NOT NULL,
  amount numeric NOT NULL,
  data jsonb NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS emu_acq_refunds_list ON emu_acq_refunds (account_id, seq DESC);
CREATE INDEX IF NOT EXISTS emu_acq_refunds_intent ON emu_acq_refunds (account_id, payment_intent_id, seq DESC);
CREATE INDEX IF NOT EXISTS emu_acq_refunds_order ON emu_acq_refunds (account_id, merchant_order_id, seq DESC);
`;

export const ACQUIRING_TRUNCATE_SQL = "TRUNCATE emu_acq_intents, emu_acq_attempts, emu_acq_refunds RESTART IDENTITY";
