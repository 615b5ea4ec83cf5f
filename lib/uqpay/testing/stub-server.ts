// Tiny HTTP stub for lib/uqpay unit tests. Deliberately not the emulator: the client must be
// tested against our own reading of the docs, and the contract suite compares the two later.
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import type { Clock } from "../retry";

export type StubRequest = {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  rawBody: string;
  body: unknown;
};

export type StubReply = {
  status?: number;
  body?: unknown;
  /** Sent verbatim instead of JSON-encoding `body`. */
  raw?: string;
  headers?: Record<string, string>;
  delayMs?: number;
  /** Drop the socket without answering (a lost response). */
  destroy?: boolean;
};

export type StubHandler = (req: StubRequest) => StubReply | Promise<StubReply>;

export type Stub = {
  baseUrl: string;
  /** Business requests (everything except the token call). */
  requests: StubRequest[];
  tokenRequests: StubRequest[];
  close: () => Promise<void>;
};

export type StubOptions = {
  /** Answer POST /api/v1/connect/token with tok-1, tok-2, ... valid for this many seconds. */
  tokenTtlSeconds?: number;
  /** Clock for expired_at (defaults to Date.now). */
  now?: () => number;
  tokenReply?: (req: StubRequest, n: number) => StubReply | undefined;
};

export async function startStub(handler: StubHandler, options: StubOptions = {}): Promise<Stub> {
  const requests: StubRequest[] = [];
  const tokenRequests: StubRequest[] = [];
  const now = options.now ?? Date.now;

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", async () => {
      const url = new URL(req.url ?? "/", "http://stub");
      const rawBody = Buffer.concat(chunks).toString("utf8");
      let body: unknown;
      try {
        body = rawBody ? JSON.parse(rawBody) : undefined;
      } catch {
        body = rawBody;
      }
      const stubReq: StubRequest = { method: req.method ?? "GET", path: url.pathname, query: url.searchParams, headers: req.headers, rawBody, body };
      let reply: StubReply;
      if (stubReq.path === "/api/v1/connect/token") {
        tokenRequests.push(stubReq);
        const n = tokenRequests.length;
        reply = options.tokenReply?.(stubReq, n) ?? {
          body: { auth_token: `tok-${n}`, expired_at: Math.floor(now() / 1000) + (options.tokenTtlSeconds ?? 1800) },
        };
      } else {
        requests.push(stubReq);
        reply = await handler(stubReq);
      }
      if (reply.delayMs) await new Promise((r) => setTimeout(r, reply.delayMs));
      if (reply.destroy) {
        req.socket.destroy();
        return;
      }
      if (res.destroyed) return;
      res.writeHead(reply.status ?? 200, { "content-type": "application/json", ...reply.headers });
      res.end(reply.raw ?? (reply.body === undefined ? "" : JSON.stringify(reply.body)));
    });
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/api`,
    requests,
    tokenRequests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A virtual clock: sleep() returns at once and advances now(); waits are recorded. */
export function fakeClock(start = Date.now()): Clock & { sleeps: number[]; advance: (ms: number) => void } {
  let t = start;
  const sleeps: number[] = [];
  return {
    now: () => t,
    random: () => 1,
    sleep: async (ms) => {
      sleeps.push(ms);
      t += ms;
    },
    sleeps,
    advance: (ms) => {
      t += ms;
    },
  };
}
