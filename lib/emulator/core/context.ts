import type { Clock } from "./clock";
import type { Database, Mutex, Sql } from "../db";
import type { WebhookDispatcher } from "../webhooks/dispatcher";
import type { FaultStore } from "../control/faults";
import type { RequestLog } from "../control/request-log";

export type EmulatorMode = "dev" | "test" | "sandbox";

export interface EmulatorConfig {
  mode: EmulatorMode;
  clientId: string;
  apiKey: string;
  jwtSecret: string;
  activationDelayMs: number;
  demoSeed: boolean;
  /** Public origin used in links the emulator hands out (IDV page). Set once the port is known. */
  publicUrl: string;
}

export interface AccountSettings {
  /** Seed 004 `forbidden`: guards GET /cards/{id}/secure. */
  secure_details_allowed: boolean;
  /** Non-cancelled cards per account (`account_quota_exceeded`). */
  card_quota: number;
  /** Non-cancelled cards per cardholder (`cardholder_quota_exceeded`). */
  cardholder_card_quota: number;
  /** false: every call with this account's token answers `account_not_found`. */
  active: boolean;
  /** Products this account may not issue (`operation_not_authorized`). */
  blocked_products: string[];
  /** BINs whose card-number pool is empty (`insufficient_sub_bin`). */
  exhausted_bins: string[];
}

export interface Account {
  account_id: string;
  client_id: string;
  name: string;
  settings: AccountSettings;
}

export interface WebhookEvent {
  accountId: string;
  eventName: string;
  eventType: string;
  sourceId: string;
  data: Record<string, unknown>;
}

/** Long-lived state shared by every request. */
export interface Runtime {
  db: Database;
  clock: Clock;
  mutex: Mutex;
  config: EmulatorConfig;
  webhooks: WebhookDispatcher;
  faults: FaultStore;
  requests: RequestLog;
  /** Recent call times per key for per-card rate limits (seed 004 429s). */
  rateWindows: Map<string, number[]>;
  /** Newest token id per account, consulted when fidelity.NEW_TOKEN_REVOKES_OLD is on. */
  latestTokens: Map<string, string>;
  /** Runs due time-based transitions (activation, cancel wait); cheap when nothing is due. */
  catchUp(): Promise<void>;
  /** Tells the scheduler that something may fall due at `at`. */
  noteDue(at: Date): void;
}

/** What one API call's handler sees. `sql` is the transaction for writes. */
export interface Ctx {
  rt: Runtime;
  sql: Sql;
  now: Date;
  account: Account;
  params: Record<string, string>;
  query: URLSearchParams;
  body: Record<string, unknown>;
  emit(event: Omit<WebhookEvent, "accountId" | "eventName"> & { eventName?: string }): void;
}

export interface HandlerResult {
  status?: number;
  body: unknown;
}

/** Wraps a body when a handler needs a status other than 200. */
export class Reply implements HandlerResult {
  constructor(
    readonly body: unknown,
    readonly status = 200,
  ) {}
}

export type Handler = (ctx: Ctx) => Promise<unknown>;
