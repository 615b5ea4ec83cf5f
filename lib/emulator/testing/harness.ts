import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { startEmulator, type EmulatorOptions, type RunningEmulator } from "../server";

// Test-only helpers: an in-process emulator on port 0, a tiny UQPAY client over real HTTP,
// and a webhook receiver. Tests use node's global fetch, like any other UQPAY client would.

export interface ApiResponse<T = Record<string, unknown>> {
  status: number;
  body: T;
}

export class Harness {
  token = "";

  constructor(readonly emu: RunningEmulator) {}

  static async start(options: EmulatorOptions = {}): Promise<Harness> {
    const emu = await startEmulator({ db: "memory", port: 0, activationDelayMs: 0, tickMs: 50, ...options });
    return new Harness(emu);
  }

  async reset(demo = false): Promise<void> {
    await this.control("POST", "/reset", { demo });
    this.token = "";
    await this.login();
  }

  async login(clientId = this.emu.credentials.clientId, apiKey = this.emu.credentials.apiKey): Promise<string> {
    const res = await this.raw("POST", "/v1/connect/token", undefined, { "x-client-id": clientId, "x-api-key": apiKey });
    if (res.status !== 200) throw new Error(`login failed: ${JSON.stringify(res.body)}`);
    this.token = res.body.auth_token as string;
    return this.token;
  }

  async raw<T = Record<string, unknown>>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiResponse<T>> {
    const res = await fetch(`${this.emu.apiBase}${path}`, {
      method,
      headers: { "content-type": "application/json", ...headers },
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
  }

  get<T = Record<string, unknown>>(path: string): Promise<ApiResponse<T>> {
    return this.raw<T>("GET", path, undefined, { "x-auth-token": `Bearer ${this.token}` });
  }

  post<T = Record<string, unknown>>(path: string, body: unknown = {}, key: string | null = crypto.randomUUID()): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { "x-auth-token": `Bearer ${this.token}` };
    if (key !== null) headers["x-idempotency-key"] = key;
    return this.raw<T>("POST", path, body, headers);
  }

  async control<T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<ApiResponse<T>> {
    const res = await fetch(`${this.emu.url}/__emulator${path}`, {
      method,
      headers: { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as T };
  }

  advance(seconds: number) {
    return this.control("POST", "/clock/advance", { seconds });
  }

  close(): Promise<void> {
    return this.emu.close();
  }

  // Domain shortcuts used across suites.

  async cardholder(overrides: Record<string, unknown> = {}): Promise<string> {
    const n = Math.floor(Math.random() * 9_000_000) + 1_000_000;
    const res = await this.post("/v1/issuing/cardholders", {
      first_name: "Alex",
      last_name: "Chen",
      email: `alex${n}@example.com`,
      country_code: "SG",
      phone_number: `9${n}`,
      ...overrides,
    });
    if (res.status !== 200) throw new Error(`cardholder failed: ${JSON.stringify(res.body)}`);
    return res.body.cardholder_id as string;
  }

  async card(productId: string, overrides: Record<string, unknown> = {}, activate = true): Promise<string> {
    const cardholderId = overrides.cardholder_id ?? (await this.cardholder());
    const res = await this.post("/v1/issuing/cards", { card_product_id: productId, card_currency: "USD", card_limit: 1000, ...overrides, cardholder_id: cardholderId });
    if (res.status !== 200) throw new Error(`card failed: ${JSON.stringify(res.body)}`);
    const id = res.body.card_id as string;
    if (activate) await this.control("POST", "/tick");
    return id;
  }

  async authorize(cardId: string, amount: number | string, extra: Record<string, unknown> = {}) {
    return this.post("/v1/simulation/issuing/authorization", {
      card_id: cardId,
      transaction_amount: amount,
      transaction_currency: "USD",
      merchant_name: "Test Merchant",
      merchant_category_code: "5734",
      ...extra,
    });
  }
}

export interface ReceivedWebhook {
  headers: Record<string, string>;
  raw: string;
  body: Record<string, unknown>;
}

/** A webhook endpoint that records what arrives; `failNext` makes it answer 500 that many times. */
export class Receiver {
  readonly received: ReceivedWebhook[] = [];
  failNext = 0;
  private server!: Server;
  url = "";

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        if (this.failNext > 0) {
          this.failNext -= 1;
          res.writeHead(500).end();
          return;
        }
        const raw = Buffer.concat(chunks).toString("utf8");
        const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)]));
        this.received.push({ headers, raw, body: JSON.parse(raw) });
        res.writeHead(200).end("ok");
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hook`;
    return this;
  }

  ofType(type: string): ReceivedWebhook[] {
    return this.received.filter((w) => w.body.event_type === type);
  }

  async waitFor(predicate: () => boolean, timeoutMs = 15_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (!predicate()) {
      if (Date.now() > until) throw new Error("timed out waiting for webhooks");
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
