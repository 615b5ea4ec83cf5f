import { sql } from "drizzle-orm";
import { bigint, boolean, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

export const roleEnum = pgEnum("role", ["admin", "operator", "viewer"]);

export const users = pgTable("users", {
  id: uuid("id").primaryKey().defaultRandom(),
  // Stored lower-cased; the unique index is what makes concurrent sign-ups safe.
  email: text("email").notNull().unique(),
  name: text("name").notNull(),
  passwordHash: text("password_hash").notNull(),
  role: roleEnum("role").notNull(),
  disabled: boolean("disabled").notNull().default(false),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  lastLoginAt: timestamp("last_login_at", { withTimezone: true }),
});

// Signed-out sessions, by the moment they signed in. Sign-out is then enforced by the server, so a
// session cookie re-set by a request still in flight (or copied elsewhere) no longer works.
export const revokedSessions = pgTable(
  "revoked_sessions",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    signedInAt: bigint("signed_in_at", { mode: "number" }).notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.signedInAt] })],
);

export const auditOutcomeEnum = pgEnum("audit_outcome", ["success", "failure", "denied", "unknown"]);

// Append-only: the code has no update or delete path for this table.
export const auditLog = pgTable(
  "audit_log",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    actorId: uuid("actor_id"),
    actorEmail: text("actor_email"),
    actorRole: roleEnum("actor_role"),
    action: text("action").notNull(),
    target: text("target"),
    outcome: auditOutcomeEnum("outcome").notNull(),
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("audit_log_at_idx").on(t.at), index("audit_log_action_idx").on(t.action, t.at)],
);

// Failed sign-in counters, keyed "account:<email>" or "ip:<address>". Kept in the database so
// several console instances behind a load balancer throttle together.
export const signInThrottle = pgTable("sign_in_throttle", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull().default(0),
  windowStartedAt: timestamp("window_started_at", { withTimezone: true }).notNull().defaultNow(),
  lockedUntil: timestamp("locked_until", { withTimezone: true }),
});

export const connectionEnvironmentEnum = pgEnum("connection_environment", ["emulator", "sandbox", "production", "custom"]);

// UQPAY credentials. Secrets are AES-256-GCM ciphertexts (lib/connections/crypto.ts); the
// plaintext never reaches the browser, a log line or an error message.
export const connections = pgTable(
  "connections",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    environment: connectionEnvironmentEnum("environment").notNull(),
    baseUrl: text("base_url").notNull(),
    clientId: text("client_id").notNull(),
    apiKeyEnc: text("api_key_enc").notNull(),
    apiKeyLast4: text("api_key_last4").notNull(),
    webhookSecretEnc: text("webhook_secret_enc"),
    webhookSecretLast4: text("webhook_secret_last4"),
    onBehalfOf: text("on_behalf_of"),
    // Exactly one connection is the console's active one (a partial unique index enforces "one").
    isActive: boolean("is_active").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("connections_one_active_idx").on(t.isActive).where(sql`${t.isActive}`), uniqueIndex("connections_name_idx").on(t.name)],
);

export const operationStateEnum = pgEnum("operation_state", ["pending", "succeeded", "failed"]);

// The operations ledger: one row per logical UQPAY mutation. Its idempotency key is reused by
// every retry of that operation (automatic, a user's "retry", or after a restart), and a new
// operation always gets a new key.
export const operations = pgTable(
  "operations",
  {
    id: uuid("id").primaryKey(),
    connectionId: uuid("connection_id")
      .notNull()
      .references(() => connections.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    fingerprint: text("fingerprint").notNull(),
    idempotencyKey: uuid("idempotency_key").notNull().unique(),
    state: operationStateEnum("state").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    target: text("target"),
    requestSummary: jsonb("request_summary").$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
    responseSummary: jsonb("response_summary").$type<Record<string, unknown>>(),
    errorCode: text("error_code"),
    actorId: uuid("actor_id"),
    actorEmail: text("actor_email"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    completedAt: timestamp("completed_at", { withTimezone: true }),
  },
  (t) => [index("operations_state_idx").on(t.state, t.createdAt), index("operations_target_idx").on(t.target, t.createdAt)],
);

// A searchable copy of the cards the console has seen, per connection. UQPAY filters cards only
// by full card number, so "last 4", "card id" and "cardholder email" search reads this index. It
// is refreshed (upserted) whenever the console creates, lists or retrieves cards; UQPAY stays the
// source of truth and every detail view re-reads it from there.
export const cardIndex = pgTable(
  "card_index",
  {
    connectionId: uuid("connection_id")
      .notNull()
      .references(() => connections.id, { onDelete: "cascade" }),
    cardId: text("card_id").notNull(),
    last4: text("last4"),
    maskedNumber: text("masked_number"),
    cardBin: text("card_bin"),
    cardholderId: text("cardholder_id"),
    // Stored lower-cased so search is case-insensitive on an index.
    cardholderEmail: text("cardholder_email"),
    cardholderName: text("cardholder_name"),
    productId: text("product_id"),
    currency: text("currency"),
    status: text("status"),
    mode: text("mode"),
    formFactor: text("form_factor"),
    // A canonical decimal string (lib/money), never a float.
    availableBalance: text("available_balance"),
    // UQPAY's own timestamp text, kept verbatim (mixed formats; see lib/uqpay/schemas/common.ts).
    createTime: text("create_time"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.connectionId, t.cardId] }),
    index("card_index_last4_idx").on(t.connectionId, t.last4),
    index("card_index_email_idx").on(t.connectionId, t.cardholderEmail),
    index("card_index_status_idx").on(t.status),
  ],
);

export const webhookStatusEnum = pgEnum("webhook_status", ["accepted", "rejected"]);

// Every webhook delivery UQPAY (or the emulator) made to this console. An accepted event is stored
// once per (connection, event_id); a redelivery only bumps delivery_count. Rejected deliveries are
// kept too, with why, so a misconfigured secret is visible in the inbox.
export const webhookEvents = pgTable(
  "webhook_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    connectionId: uuid("connection_id")
      .notNull()
      .references(() => connections.id, { onDelete: "cascade" }),
    status: webhookStatusEnum("status").notNull(),
    // valid | missing_headers | bad_timestamp | stale_timestamp | invalid_signature | no_secret | bad_json
    signatureResult: text("signature_result").notNull(),
    eventId: text("event_id"),
    eventType: text("event_type"),
    eventName: text("event_name"),
    sourceId: text("source_id"),
    cardId: text("card_id"),
    cardholderId: text("cardholder_id"),
    // UQPAY's own time for the change this event reports (update_time, complete_time, …).
    occurredAt: text("occurred_at"),
    payload: jsonb("payload").$type<Record<string, unknown>>(),
    rawBody: text("raw_body").notNull(),
    signatureHeader: text("signature_header"),
    timestampHeader: text("timestamp_header"),
    deliveryCount: integer("delivery_count").notNull().default(1),
    // applied | stale | ignored | failed — how the event changed (or did not change) local state.
    applyResult: text("apply_result"),
    applyError: text("apply_error"),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
    lastReceivedAt: timestamp("last_received_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("webhook_events_event_idx").on(t.connectionId, t.eventId).where(sql`${t.status} = 'accepted'`),
    index("webhook_events_received_idx").on(t.connectionId, t.receivedAt),
    index("webhook_events_card_idx").on(t.connectionId, t.cardId),
    index("webhook_events_type_idx").on(t.connectionId, t.eventType),
  ],
);

// The newest UQPAY time applied per object ("card:<id>", "cardholder:<id>"), so an older event
// delivered late never overwrites newer state.
export const webhookObjectState = pgTable(
  "webhook_object_state",
  {
    connectionId: uuid("connection_id")
      .notNull()
      .references(() => connections.id, { onDelete: "cascade" }),
    objectKey: text("object_key").notNull(),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull(),
    eventId: text("event_id").notNull(),
    state: jsonb("state").$type<Record<string, unknown>>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.connectionId, t.objectKey] })],
);

export const scenarioRunStatusEnum = pgEnum("scenario_run_status", ["running", "passed", "failed", "error"]);

// The sandbox workbench's run history. The runner rewrites `steps` (the whole run record, see
// lib/sandbox/run-types.ts) after every step, and the page polls it; a run is small (tens of steps).
export const scenarioRuns = pgTable(
  "scenario_runs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    scenario: text("scenario").notNull(),
    connectionId: uuid("connection_id").references(() => connections.id, { onDelete: "set null" }),
    connectionName: text("connection_name").notNull(),
    environment: text("environment").notNull(),
    status: scenarioRunStatusEnum("status").notNull().default("running"),
    actorId: uuid("actor_id").references(() => users.id, { onDelete: "set null" }),
    actorEmail: text("actor_email"),
    steps: jsonb("steps").$type<unknown[]>().notNull().default([]),
    error: text("error"),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [index("scenario_runs_started_idx").on(t.startedAt), index("scenario_runs_scenario_idx").on(t.scenario, t.startedAt)],
);
