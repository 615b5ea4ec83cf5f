import { WEBHOOK_TIMESTAMP_UNIT, WEBHOOK_VERSION } from "../fidelity";
import { uuid } from "../core/ids";
import type { WebhookEvent } from "../core/context";
import { signWebhook } from "./sign";

export interface WebhookSettings {
  url: string | null;
  secret: string | null;
  /** Send every event twice (same event_id), to prove receivers dedupe. */
  duplicate: boolean;
  /** Hold events for `out_of_order_window_ms` and send each batch newest first. */
  out_of_order: boolean;
  out_of_order_window_ms: number;
  max_attempts: number;
  /** First retry delay; doubles on each attempt. */
  retry_base_ms: number;
  timeout_ms: number;
}

export interface DeliveryLogEntry {
  id: number;
  event_id: string;
  event_type: string;
  source_id: string;
  url: string | null;
  attempt: number;
  status: "delivered" | "failed" | "retrying" | "no_target";
  http_status: number | null;
  error: string | null;
  time: string;
  emulated_time: string;
  payload: unknown;
}

interface Envelope {
  version: string;
  event_name: string;
  event_type: string;
  event_id: string;
  source_id: string;
  data: Record<string, unknown>;
}

const LOG_CAPACITY = 5_000;

/**
 * Posts events after their transaction commits, signs them, retries with exponential backoff
 * on failure or non-2xx, and keeps a delivery log. Pending retries live in memory only.
 */
export class WebhookDispatcher {
  private log: DeliveryLogEntry[] = [];
  private nextId = 1;
  private held: Envelope[] = [];
  private holdTimer: NodeJS.Timeout | null = null;
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly inFlight = new Set<Promise<void>>();
  private closed = false;

  constructor(
    private readonly now: () => Date,
    public settings: WebhookSettings,
  ) {}

  configure(patch: Partial<WebhookSettings>): WebhookSettings {
    this.settings = { ...this.settings, ...patch };
    return this.settings;
  }

  deliveries(options: { since?: string | null; eventType?: string | null } = {}): DeliveryLogEntry[] {
    const since = options.since ? Date.parse(options.since) : null;
    return this.log.filter(
      (e) =>
        (!options.eventType || e.event_type === options.eventType) &&
        (since === null || Number.isNaN(since) || Date.parse(e.emulated_time) >= since),
    );
  }

  clearLog(): void {
    this.log = [];
  }

  publish(events: WebhookEvent[]): void {
    for (const event of events) {
      const envelope: Envelope = {
        version: WEBHOOK_VERSION,
        event_name: event.eventName,
        event_type: event.eventType,
        event_id: uuid(),
        source_id: event.sourceId,
        data: event.data,
      };
      if (this.settings.out_of_order) this.hold(envelope);
      else this.send(envelope);
    }
  }

  /** Sends a logged event again with its own event_id (a manual "resend"); false if it is not in the log. */
  redeliver(eventId: string): boolean {
    const entry = this.log.findLast((e) => e.event_id === eventId);
    if (!entry || this.closed) return false;
    this.attempt(entry.payload as Envelope, 1);
    return true;
  }

  /** Resolves once nothing is being posted right now (retries scheduled later are not awaited). */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0 || this.holdTimer) {
      await Promise.all([...this.inFlight]);
      if (this.holdTimer) await new Promise((r) => setTimeout(r, 10));
    }
  }

  close(): void {
    this.closed = true;
    for (const t of this.timers) clearTimeout(t);
    if (this.holdTimer) clearTimeout(this.holdTimer);
    this.timers.clear();
  }

  private hold(envelope: Envelope): void {
    this.held.push(envelope);
    if (this.holdTimer) return;
    this.holdTimer = setTimeout(() => {
      this.holdTimer = null;
      const batch = this.held.reverse();
      this.held = [];
      for (const e of batch) this.send(e);
    }, this.settings.out_of_order_window_ms);
  }

  private send(envelope: Envelope): void {
    this.attempt(envelope, 1);
    if (this.settings.duplicate) this.attempt(envelope, 1);
  }

  private attempt(envelope: Envelope, attempt: number): void {
    const task = this.post(envelope, attempt).finally(() => this.inFlight.delete(task));
    this.inFlight.add(task);
  }

  private async post(envelope: Envelope, attempt: number): Promise<void> {
    const { url, secret, timeout_ms } = this.settings;
    if (!url || this.closed) {
      this.record(envelope, attempt, "no_target", null, null);
      return;
    }
    const raw = JSON.stringify(envelope);
    const nowMs = Date.now();
    // Real time, not the emulated clock: receivers check freshness against their own clock.
    const timestamp = WEBHOOK_TIMESTAMP_UNIT === "ms" ? String(nowMs) : String(Math.floor(nowMs / 1000));
    const headers: Record<string, string> = { "content-type": "application/json", "x-wk-timestamp": timestamp };
    if (secret) headers["x-wk-signature"] = signWebhook(secret, raw, timestamp);
    let httpStatus: number | null = null;
    let error: string | null = null;
    try {
      const response = await fetch(url, { method: "POST", headers, body: raw, signal: AbortSignal.timeout(timeout_ms) });
      httpStatus = response.status;
      await response.arrayBuffer().catch(() => undefined);
      if (response.ok) {
        this.record(envelope, attempt, "delivered", httpStatus, null);
        return;
      }
      error = `HTTP ${response.status}`;
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    const retry = attempt < this.settings.max_attempts && !this.closed;
    this.record(envelope, attempt, retry ? "retrying" : "failed", httpStatus, error);
    if (!retry) return;
    const delay = this.settings.retry_base_ms * 2 ** (attempt - 1);
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      this.attempt(envelope, attempt + 1);
    }, delay);
    this.timers.add(timer);
  }

  private record(
    envelope: Envelope,
    attempt: number,
    status: DeliveryLogEntry["status"],
    httpStatus: number | null,
    error: string | null,
  ): void {
    this.log.push({
      id: this.nextId++,
      event_id: envelope.event_id,
      event_type: envelope.event_type,
      source_id: envelope.source_id,
      url: this.settings.url,
      attempt,
      status,
      http_status: httpStatus,
      error,
      time: new Date().toISOString(),
      emulated_time: this.now().toISOString(),
      payload: envelope,
    });
    if (this.log.length > LOG_CAPACITY) this.log.splice(0, this.log.length - LOG_CAPACITY);
  }
}
