import "server-only";

// The console's side of the emulator's control API (/__emulator, see lib/emulator/README.md),
// spoken over HTTP like any outside client: the console never imports lib/emulator. Only the
// sandbox workbench uses it, and only for a connection whose environment is "emulator".

export type FaultKind = "latency" | "error500" | "error429" | "hang" | "lost_response";
export type FaultRule = {
  id?: string;
  path: string;
  method?: string;
  kind: FaultKind;
  probability?: number;
  ms?: number;
  phase?: "before" | "inside";
  count?: number;
  fired?: number;
};
export type EmulatorClock = { now: string; now_uqpay: string; offset_seconds: number };
export type WebhookSettings = {
  url: string | null;
  secret: string | null;
  duplicate: boolean;
  out_of_order: boolean;
  out_of_order_window_ms: number;
  max_attempts: number;
  retry_base_ms: number;
  timeout_ms: number;
};
export type Delivery = {
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
};
export type LoggedRequest = { method: string; path: string; status: number; idempotency_key?: string | null; replayed?: boolean; fault?: string | null };

export class EmulatorControlError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = "EmulatorControlError";
  }
}

/** The control API sits beside the UQPAY API: http://host:port/api → http://host:port/__emulator. */
export function controlBaseFor(apiBaseUrl: string): string {
  const url = new URL(apiBaseUrl);
  url.pathname = url.pathname.replace(/\/api\/?$/, "") + "/__emulator";
  return url.toString().replace(/\/$/, "");
}

const TIMEOUT_MS = 15_000;

export function emulatorControl(apiBaseUrl: string) {
  const base = controlBaseFor(apiBaseUrl);
  const origin = new URL(base).origin;

  async function call<T>(method: "GET" | "POST" | "PUT", path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { accept: "application/json", ...(body === undefined ? {} : { "content-type": "application/json" }) },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
      cache: "no-store",
    });
    const text = await response.text();
    const parsed = text ? (JSON.parse(text) as unknown) : null;
    if (!response.ok) {
      const message = parsed && typeof parsed === "object" && "message" in parsed ? String((parsed as { message: unknown }).message) : response.statusText;
      throw new EmulatorControlError(response.status, message);
    }
    return parsed as T;
  }

  return {
    base,
    health: () => call<{ ok: boolean; mode: string }>("GET", "/health"),
    clock: () => call<EmulatorClock>("GET", "/clock"),
    advance: (by: { seconds: number } | { to: string }) => call<EmulatorClock>("POST", "/clock/advance", by),
    tick: () => call<{ ok: boolean }>("POST", "/tick"),
    faults: async () => (await call<{ rules: FaultRule[] }>("GET", "/faults")).rules,
    setFaults: async (rules: FaultRule[]) => (await call<{ rules: FaultRule[] }>("PUT", "/faults", { rules })).rules,
    webhooks: () => call<WebhookSettings>("GET", "/webhooks"),
    setWebhooks: (patch: Partial<WebhookSettings>) => call<WebhookSettings>("PUT", "/webhooks", patch),
    deliveries: async (filter: { since?: string; eventType?: string } = {}) => {
      const query = new URLSearchParams();
      if (filter.since) query.set("since", filter.since);
      if (filter.eventType) query.set("event_type", filter.eventType);
      return (await call<{ data: Delivery[] }>("GET", `/deliveries${query.size ? `?${query}` : ""}`)).data;
    },
    redeliver: (eventId: string) => call<{ ok: boolean }>("POST", `/deliveries/${encodeURIComponent(eventId)}/redeliver`, {}),
    requests: async (filter: { pathPrefix?: string; since?: string } = {}) => {
      const query = new URLSearchParams({ limit: "10000" });
      if (filter.pathPrefix) query.set("path_prefix", filter.pathPrefix);
      if (filter.since) query.set("since", filter.since);
      return (await call<{ data: LoggedRequest[] }>("GET", `/requests?${query}`)).data;
    },
    reset: (demo: boolean) => call<{ ok: boolean }>("POST", "/reset", { demo }),
    seedDemo: () => call<{ ok: boolean }>("POST", "/seed", { demo: true }),
    accountSettings: (accountId: string, settings: Record<string, unknown>) =>
      call<Record<string, unknown>>("PUT", `/accounts/${encodeURIComponent(accountId)}/settings`, settings),
    idv: (cardholderId: string, result: "approve" | "reject") => call<{ ok: boolean }>("POST", `/cardholders/${encodeURIComponent(cardholderId)}/idv`, { result }),
    /** A customer on a hosted page (3DS, QR): only pages this emulator serves. */
    async customer(url: string, input: { form?: Record<string, string>; json?: unknown }): Promise<{ status: number; body: unknown }> {
      if (new URL(url).origin !== origin) throw new EmulatorControlError(400, `hosted page ${url} is not on this emulator`);
      const response = await fetch(url, {
        method: "POST",
        headers: input.form ? { "content-type": "application/x-www-form-urlencoded" } : { "content-type": "application/json", accept: "application/json" },
        body: input.form ? new URLSearchParams(input.form).toString() : JSON.stringify(input.json ?? {}),
        redirect: "manual",
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      const text = await response.text();
      let body: unknown = text;
      try {
        body = text ? JSON.parse(text) : null;
      } catch {
        body = { location: response.headers.get("location") };
      }
      return { status: response.status, body };
    },
  };
}

export type EmulatorControl = ReturnType<typeof emulatorControl>;
