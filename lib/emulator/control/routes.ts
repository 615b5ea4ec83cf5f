import { z } from "zod";
import { listAccounts, updateSettings } from "../core/accounts";
import { isoUqpay } from "../core/clock";
import type { Runtime } from "../core/context";
import { json } from "../core/http-util";
import { Decimal } from "../core/money";
import { deposit } from "../issuing/ledger";
import { completeIdv } from "../issuing/idv";
import { faultRuleSchema } from "./faults";

export interface ControlDeps {
  rt: Runtime;
  reset(options: { demo: boolean }): Promise<void>;
  seedDemo(): Promise<void>;
  persistClock(): Promise<void>;
}

const advanceSchema = z.union([z.object({ seconds: z.number().positive() }), z.object({ to: z.string().datetime({ offset: true }) })]);
const webhookSchema = z.object({
  url: z.url().nullable().optional(),
  secret: z.string().min(1).nullable().optional(),
  duplicate: z.boolean().optional(),
  out_of_order: z.boolean().optional(),
  out_of_order_window_ms: z.number().int().min(1).max(60_000).optional(),
  max_attempts: z.number().int().min(1).max(20).optional(),
  retry_base_ms: z.number().int().min(1).max(3_600_000).optional(),
  timeout_ms: z.number().int().min(1).max(120_000).optional(),
});
const settingsSchema = z.object({
  secure_details_allowed: z.boolean().optional(),
  card_quota: z.number().int().min(0).optional(),
  cardholder_card_quota: z.number().int().min(0).optional(),
  active: z.boolean().optional(),
  blocked_products: z.array(z.string()).optional(),
  exhausted_bins: z.array(z.string()).optional(),
});
const depositSchema = z.object({ currency: z.string().regex(/^[A-Z]{3}$/), amount: z.union([z.number(), z.string()]) });

async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  return text.trim() ? JSON.parse(text) : {};
}

function clockBody(rt: Runtime) {
  const now = rt.clock.now();
  return { now: now.toISOString(), now_uqpay: isoUqpay(now), offset_seconds: rt.clock.offsetSeconds() };
}

/**
 * `/__emulator/*`: test and dev controls. Refused in "sandbox" mode, where the emulator must
 * behave like UQPAY's sandbox, which has no such door.
 */
export async function handleControl(deps: ControlDeps, request: Request, url: URL): Promise<Response> {
  const { rt } = deps;
  if (rt.config.mode === "sandbox") {
    return json({ error: "control_api_disabled", message: "The /__emulator control API is disabled in sandbox mode (EMULATOR_MODE=sandbox)." }, 403);
  }
  const route = `${request.method} ${url.pathname.replace(/^\/__emulator/, "") || "/"}`;
  try {
    const body = request.method === "GET" ? {} : await readJson(request);
    const result = await dispatch(deps, route, body, url);
    return result ?? json({ error: "not_found", message: `No control endpoint ${route}` }, 404);
  } catch (error) {
    const message = error instanceof z.ZodError ? z.prettifyError(error) : error instanceof Error ? error.message : String(error);
    return json({ error: "bad_request", message }, 400);
  }
}

async function dispatch(deps: ControlDeps, route: string, body: unknown, url: URL): Promise<Response | null> {
  const { rt } = deps;
  const q = url.searchParams;
  switch (route) {
    case "GET /health":
      return json({ ok: true, mode: rt.config.mode });
    case "POST /reset":
      await deps.reset({ demo: z.object({ demo: z.boolean().optional() }).parse(body).demo ?? false });
      return json({ ok: true, clock: clockBody(rt) });
    case "POST /seed":
      if (z.object({ demo: z.boolean().optional() }).parse(body).demo) await deps.seedDemo();
      return json({ ok: true });
    case "GET /clock":
      return json(clockBody(rt));
    case "POST /clock/advance": {
      const input = advanceSchema.parse(body);
      if ("seconds" in input) rt.clock.advance(input.seconds);
      else rt.clock.advanceTo(new Date(input.to));
      await deps.persistClock();
      await rt.catchUp();
      return json(clockBody(rt));
    }
    case "GET /faults":
      return json({ rules: rt.faults.list() });
    case "PUT /faults":
      return json({ rules: rt.faults.set(z.object({ rules: z.array(faultRuleSchema) }).parse(body).rules) });
    case "GET /webhooks":
      return json(rt.webhooks.settings);
    case "PUT /webhooks":
      return json(rt.webhooks.configure(webhookSchema.parse(body)));
    case "GET /requests":
      return json({ data: rt.requests.query({ pathPrefix: q.get("path_prefix"), since: q.get("since"), limit: Number(q.get("limit") ?? 1000) }) });
    case "GET /deliveries":
      return json({ data: rt.webhooks.deliveries({ since: q.get("since"), eventType: q.get("event_type") }) });
    case "GET /accounts":
      return json({ data: await listAccounts(rt.db) });
    case "POST /tick":
      await rt.catchUp();
      return json({ ok: true });
  }
  return accountRoutes(rt, route, body);
}

async function accountRoutes(rt: Runtime, route: string, body: unknown): Promise<Response | null> {
  const settings = /^PUT \/accounts\/([0-9a-f-]{36})\/settings$/.exec(route);
  if (settings) {
    const patch = settingsSchema.parse(body);
    const account = await rt.mutex.run(() => updateSettings(rt.db, settings[1], patch));
    return account ? json(account) : json({ error: "not_found", message: "unknown account" }, 404);
  }
  const dep = /^POST \/accounts\/([0-9a-f-]{36})\/deposit$/.exec(route);
  if (dep) {
    const input = depositSchema.parse(body);
    const amount = new Decimal(String(input.amount));
    if (!amount.greaterThan(0)) throw new Error("amount must be positive");
    await rt.mutex.run(() => rt.db.transaction((tx) => deposit(tx, dep[1], input.currency, amount, rt.clock.now())));
    return json({ ok: true });
  }
  const redeliver = /^POST \/deliveries\/([0-9a-f-]{36})\/redeliver$/.exec(route);
  if (redeliver) {
    return rt.webhooks.redeliver(redeliver[1]) ? json({ ok: true }) : json({ error: "not_found", message: "no such event in the delivery log" }, 404);
  }
  const idv = /^POST \/cardholders\/([0-9a-f-]{36})\/idv$/.exec(route);
  if (idv) {
    const { result } = z.object({ result: z.enum(["approve", "reject"]) }).parse(body);
    await completeIdv(rt, idv[1], result === "approve");
    return json({ ok: true });
  }
  return null;
}
