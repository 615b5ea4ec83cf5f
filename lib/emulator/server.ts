import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { EmulatorMode } from "./core/context";
import { isDropped, json } from "./core/http-util";
import { InFlight } from "./core/idempotency";
import { handleApi } from "./core/pipeline";
import { Router } from "./core/router";
import { handleControl } from "./control/routes";
import { handleIdv } from "./issuing/idv";
import { registerIssuingRoutes } from "./issuing/routes";
import { refuseWithoutClientId } from "./acquiring/gate";
import { handleAcquiringPage } from "./acquiring/pages";
import { registerAcquiringRoutes } from "./acquiring/routes";
import { createRuntime, type EmulatorRuntime } from "./runtime";

export interface EmulatorOptions {
  port?: number;
  host?: string;
  /** "memory", a PGlite directory, or a postgres:// URL. */
  db?: string;
  mode?: EmulatorMode;
  clientId?: string;
  apiKey?: string;
  webhookUrl?: string | null;
  webhookSecret?: string | null;
  jwtSecret?: string;
  activationDelayMs?: number;
  demoSeed?: boolean;
  /** Scheduler period for time-based transitions (they also apply lazily on every call). */
  tickMs?: number;
  /** First webhook retry delay; doubles per attempt. */
  webhookRetryBaseMs?: number;
  /** Extra product modules (e.g. acquiring) that register their `/api` routes. */
  modules?: ((router: Router) => void)[];
}

export interface RunningEmulator {
  url: string;
  apiBase: string;
  port: number;
  credentials: { clientId: string; apiKey: string };
  runtime: EmulatorRuntime;
  handle(request: Request): Promise<Response>;
  close(): Promise<void>;
}

export const DEFAULT_CREDENTIALS = { clientId: "uqpayEmulatorClient001", apiKey: "emu_sk_test_0123456789abcdef" };

/** Starts the emulator: state, the pure Request → Response handler, and a node:http server over it. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const credentials = { clientId: options.clientId ?? DEFAULT_CREDENTIALS.clientId, apiKey: options.apiKey ?? DEFAULT_CREDENTIALS.apiKey };
  const rt = await createRuntime({
    db: options.db ?? "memory",
    config: { mode: options.mode ?? "test", ...credentials, jwtSecret: options.jwtSecret, activationDelayMs: options.activationDelayMs ?? 3000, demoSeed: options.demoSeed ?? false },
    webhooks: {
      url: options.webhookUrl ?? null,
      secret: options.webhookSecret ?? null,
      ...(options.webhookRetryBaseMs ? { retry_base_ms: options.webhookRetryBaseMs } : {}),
    },
  });
  const router = new Router();
  registerIssuingRoutes(router);
  registerAcquiringRoutes(router);
  for (const register of options.modules ?? []) register(router);

  let release!: () => void;
  const closing = new Promise<void>((resolve) => (release = resolve));
  const apiDeps = { rt, router, inFlight: new InFlight(), closing };

  async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname === "/api" || url.pathname.startsWith("/api/")) {
      return (await refuseWithoutClientId(rt, request, url)) ?? handleApi(apiDeps, request, url.pathname.slice(4), url);
    }
    if (url.pathname.startsWith("/__emulator/")) return handleControl({ rt, reset: rt.reset, seedDemo: rt.seedDemo, persistClock: rt.persistClock }, request, url);
    if (url.pathname.startsWith("/idv/")) return handleIdv(rt, request, url);
    if (url.pathname.startsWith("/acquiring/")) return handleAcquiringPage(rt, request, url);
    return json({ code: 404, message: "Not Found" }, 404);
  }

  const server = createServer((req, res) => void serve(handle, req, res));
  // Longer than clients' pooled-socket idle time, so a reused keep-alive socket is not reset mid-request.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  rt.config.publicUrl = url;
  const ticker = setInterval(() => void rt.catchUp().catch((e) => console.error("[emulator] tick failed", e)), options.tickMs ?? 250);

  return {
    url,
    apiBase: `${url}/api`,
    port,
    credentials,
    runtime: rt,
    handle,
    async close() {
      clearInterval(ticker);
      release();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rt.stop();
    },
  };
}

async function serve(handle: (r: Request) => Promise<Response>, req: IncomingMessage, res: ServerResponse): Promise<void> {
  try {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = chunks.length ? Buffer.concat(chunks) : undefined;
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (typeof value === "string") headers.set(name, value);
      else if (Array.isArray(value)) headers.set(name, value.join(", "));
    }
    const request = new Request(`http://${req.headers.host ?? "localhost"}${req.url ?? "/"}`, {
      method: req.method,
      headers,
      body: req.method === "GET" || req.method === "HEAD" ? undefined : body,
    });
    const response = await handle(request);
    if (isDropped(response)) {
      req.socket.destroy();
      return;
    }
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  } catch (error) {
    console.error("[emulator] request failed", error);
    if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
    res.end(JSON.stringify({ type: "api_error", code: "api_error", message: "internal server error" }));
  }
}
