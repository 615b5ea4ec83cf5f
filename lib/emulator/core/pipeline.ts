import { KEY_OPTIONAL_POSTS } from "../fidelity";
import type { Sql } from "../db";
import { issueToken, requireAccount, verifyToken } from "./auth";
import { Reply, type Account, type Ctx, type HandlerResult, type Runtime, type WebhookEvent } from "./context";
import { ApiError, apiError, errorA, errorB } from "./errors";
import { droppedResponse, errorResponse, json, parseBody, sleep } from "./http-util";
import { InFlight, checkKeyFormat, lookup, store, type StoredResponse } from "./idempotency";
import { isUuid } from "./ids";
import type { Route, Router } from "./router";

export interface ApiDeps {
  rt: Runtime;
  router: Router;
  inFlight: InFlight;
  /** Resolves when the server closes; a "hang" fault waits on it. */
  closing: Promise<void>;
}

/** Handles one request under `/api`; `path` is the part after `/api`. */
export async function handleApi(deps: ApiDeps, request: Request, path: string, url: URL): Promise<Response> {
  const { rt } = deps;
  const started = Date.now();
  const entry = rt.requests.start({
    time: new Date().toISOString(),
    emulated_time: rt.clock.now().toISOString(),
    method: request.method,
    path: `/api${path}`,
    query: url.search,
    idempotency_key: request.headers.get("x-idempotency-key"),
  });
  const finish = (response: Response, replayed = false) => {
    entry.status = response.status;
    entry.duration_ms = Date.now() - started;
    entry.replayed = replayed;
    return response;
  };

  const fault = rt.faults.pick(request.method, path);
  entry.fault = fault?.kind ?? null;
  if (fault?.kind === "latency" && fault.phase !== "inside") await sleep(fault.ms ?? 1000);
  const insideDelay = fault?.kind === "latency" && fault.phase === "inside" ? (fault.ms ?? 1000) : 0;
  if (fault?.kind === "error500") return finish(errorResponse(apiError()));
  if (fault?.kind === "error429") return finish(json({ code: 429, message: "Request is too frequent" }, 429));
  if (fault?.kind === "hang") {
    await deps.closing;
    return finish(droppedResponse());
  }

  let replayed = false;
  let response: Response;
  try {
    const result = await dispatch(deps, request, path, url, insideDelay);
    replayed = result.replayed;
    response = new Response(result.stored.body, {
      status: result.stored.status,
      headers: { "content-type": "application/json; charset=utf-8" },
    });
  } catch (error) {
    response = errorResponse(error instanceof ApiError ? error : apiError());
    if (!(error instanceof ApiError)) console.error("[emulator] unexpected error", error);
  }
  // "Committed but the response is lost": everything above ran and was stored for replay.
  if (fault?.kind === "lost_response") return finish(droppedResponse(), replayed);
  return finish(response, replayed);
}

async function dispatch(deps: ApiDeps, request: Request, path: string, url: URL, insideDelay: number) {
  const { rt, router } = deps;
  await rt.catchUp();
  if (request.method === "POST" && path === "/v1/connect/token") {
    const body = await issueToken(rt, rt.db, request.headers);
    return { stored: { status: 200, body: JSON.stringify(body) }, replayed: false };
  }
  const match = router.match(request.method, path);
  if (match === null) throw new ApiError(404, { code: 404, message: "Not Found" });
  if (match === "method_not_allowed") throw new ApiError(405, { code: 405, message: "Method Not Allowed" });
  const accountId = await verifyToken(rt, request.headers);
  checkOnBehalfOf(request.headers.get("x-on-behalf-of"));
  const text = request.method === "GET" ? "" : await request.text();
  checkContentType(request.headers.get("content-type"), text);
  const needsKey = match.route.write && request.method === "POST" && !KEY_OPTIONAL_POSTS.includes(match.route.pattern);
  if (!needsKey) {
    const account = await requireAccount(rt.db, accountId);
    const call = { route: match.route, params: match.params, query: url.searchParams, account, text, insideDelay };
    return { stored: await execute(rt, call), replayed: false };
  }

  const key = checkKeyFormat(request.headers.get("x-idempotency-key"));
  deps.inFlight.acquire(key);
  try {
    const account = await requireAccount(rt.db, accountId);
    const base = { route: match.route, params: match.params, query: url.searchParams, account, text, insideDelay };
    const previous = await lookup(rt.db, key, account.account_id, request.method, path, rt.clock.now());
    if (previous) return { stored: previous, replayed: true };
    const stored = await execute(rt, base, async (sql, response) =>
      store(sql, key, account.account_id, request.method, path, response, rt.clock.now()),
    );
    return { stored, replayed: false };
  } finally {
    deps.inFlight.release(key);
  }
}

interface Call {
  route: Route;
  params: Record<string, string>;
  query: URLSearchParams;
  account: Account;
  text: string;
  insideDelay: number;
}

type Persist = (sql: Sql, response: StoredResponse) => Promise<void>;

/** Runs a handler; writes go through the lock and one transaction together with the stored answer. */
async function execute(rt: Runtime, call: Call, persist?: Persist): Promise<StoredResponse> {
  if (!call.route.write) {
    const result = await runHandler(rt, call, rt.db, []);
    return toStored(result);
  }
  return rt.mutex.run(async () => {
    const events: WebhookEvent[] = [];
    try {
      const stored = await rt.db.transaction(async (tx) => {
        const response = toStored(await runHandler(rt, call, tx, events));
        if (call.insideDelay) await sleep(call.insideDelay);
        if (persist) await persist(tx, response);
        return response;
      });
      rt.webhooks.publish(events);
      return stored;
    } catch (error) {
      // 429s and 5xx invite a retry with the same key, so they are not stored for replay.
      if (!(error instanceof ApiError) || !persist || error.status === 429 || error.status >= 500) throw error;
      // Business failures are replayed too (integration FAQ): store them outside the rolled-back transaction.
      const failure = { status: error.status, body: JSON.stringify(error.body) };
      await persist(rt.db, failure);
      return failure;
    }
  });
}

async function runHandler(rt: Runtime, call: Call, sql: Sql, events: WebhookEvent[]): Promise<HandlerResult> {
  const ctx: Ctx = {
    rt,
    sql,
    now: rt.clock.now(),
    account: call.account,
    params: call.params,
    query: call.query,
    body: parseBody(call.text),
    emit: (event) => events.push({ eventName: "ISSUING", ...event, accountId: call.account.account_id }),
  };
  const result = await call.route.handler(ctx);
  return result instanceof Reply ? result : { status: 200, body: result };
}

function toStored(result: HandlerResult): StoredResponse {
  return { status: result.status ?? 200, body: JSON.stringify(result.body) };
}

/**
 * Form and multipart bodies are refused as seed 004 describes. Other types (e.g. fetch's default
 * text/plain) are parsed as JSON, so a missing header alone does not break a client.
 */
function checkContentType(contentType: string | null, text: string): void {
  if (text.trim() && contentType && /^(multipart\/|application\/x-www-form-urlencoded)/i.test(contentType)) {
    throw errorB("Content type is not supported, please upload the correct format");
  }
}

function checkOnBehalfOf(value: string | null): void {
  if (value === null) return;
  // The emulator models master accounts only; any connected account id is unknown.
  if (!isUuid(value)) throw errorB("Request parameters invalid");
  throw errorA("account_error", "sub_account_not_found", "sub-account associated with the on-behalf-of not found or deactivated");
}
