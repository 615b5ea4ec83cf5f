import { randomUUID } from "node:crypto";
import { startEmulator, type RunningEmulator } from "@/lib/emulator/server";
import { TokenCache } from "@/lib/uqpay/token";
import { createUqpayClient, UQPAY_SANDBOX_BASE_URL, type UqpayClient, type UqpayClientOptions, type UqpayConnection } from "@/lib/uqpay/client";

// The contract suite drives the console's client (lib/uqpay) against a UQPAY over HTTP: always the
// emulator, and the real sandbox for sandbox-safe cases when its credentials are in the environment.
// It is the one place that imports both sides; neither side imports the other.

export const sandboxCredentials =
  process.env.UQPAY_SANDBOX_CLIENT_ID && process.env.UQPAY_SANDBOX_API_KEY
    ? { clientId: process.env.UQPAY_SANDBOX_CLIENT_ID, apiKey: process.env.UQPAY_SANDBOX_API_KEY }
    : null;

export const SANDBOX_SKIP_REASON =
  "real UQPAY sandbox cases skipped: set UQPAY_SANDBOX_CLIENT_ID and UQPAY_SANDBOX_API_KEY to run them";

// Fast retries: the policy is the client's, only the waits are shortened for the suite.
const FAST: UqpayClientOptions = { retry: { baseDelayMs: 5, maxDelayMs: 20, deadlineMs: 20_000 }, timeoutMs: 5_000 };

export type ControlRequest = { method: string; path: string; status: number; idempotency_key?: string | null };

export class EmulatorTarget {
  private constructor(readonly emu: RunningEmulator) {}

  static async start(): Promise<EmulatorTarget> {
    return new EmulatorTarget(await startEmulator({ db: "memory", port: 0, mode: "test", activationDelayMs: 0, tickMs: 50 }));
  }

  /** A client with its own token cache, as a freshly started console process would have. */
  client(options: UqpayClientOptions = {}, credentials: Partial<UqpayConnection> = {}): UqpayClient {
    const connection: UqpayConnection = { id: randomUUID(), baseUrl: this.emu.apiBase, ...this.emu.credentials, ...credentials };
    return createUqpayClient(connection, { ...FAST, tokenCache: new TokenCache(), ...options });
  }

  async control<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.emu.url}/__emulator${path}`, {
      method,
      headers: { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`control ${method} ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  }

  async requests(pathPrefix: string, since?: string): Promise<ControlRequest[]> {
    const query = new URLSearchParams({ path_prefix: pathPrefix, ...(since ? { since } : {}) });
    return (await this.control<{ data: ControlRequest[] }>("GET", `/requests?${query}`)).data;
  }

  async now(): Promise<string> {
    return (await this.control<{ now: string }>("GET", "/clock")).now;
  }

  close(): Promise<void> {
    return this.emu.close();
  }
}

export function sandboxClient(): UqpayClient | null {
  if (!sandboxCredentials) return null;
  return createUqpayClient({ id: "contract-sandbox", baseUrl: UQPAY_SANDBOX_BASE_URL, ...sandboxCredentials }, { tokenCache: new TokenCache() });
}

let counter = 0;
/** Unique, rule-abiding cardholder data (letters-only names, unique email and phone per call). */
export function newCardholder(country = "SG") {
  counter += 1;
  const n = `${Date.now() % 1_000_000}${counter}`.padStart(8, "0").slice(-8);
  return { first_name: "Alex", last_name: "Chen", email: `alex.${n}@example.com`, country_code: country, phone_number: `9${n.slice(1)}` };
}
