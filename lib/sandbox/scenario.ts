import { z } from "zod";

// The sandbox workbench's scenario format. Scenarios are plain data in scenarios/*.ts, parsed with
// this schema when they are loaded, so a typo in a step fails loudly instead of running half a flow.
//
// Strings anywhere in a step may hold {{references}}: {{<step id>.<dot path>}} reads an earlier
// step's response body ({{<step id>.$request.body.email}} what it sent, {{<step id>.$key}} its
// idempotency key), {{$run}} a per-run token and {{$email}}, {{$phone_sg}}, {{$letters}},
// {{$digits16}} fresh values (the emulator refuses duplicate emails and phones), {{$time+2d}} an ISO
// instant that far (s, m, h, d; + or -) from the emulator's clock (real time elsewhere). A string
// that is exactly one reference keeps the referenced value's type (a number stays a number).

const STEP_ID = /^[a-z][a-z0-9_]*$/;

/** `{"data.0.card_status": "ACTIVE"}`: dot paths to a literal, or an operator object. */
export const matchSchema = z.record(z.string().min(1), z.unknown());
export type Match = z.infer<typeof matchSchema>;

/**
 * How an API step authenticates. By default (absent) like the console: the connection's token,
 * refreshed once when UQPAY refuses it. "none": no x-auth-token at all (put a malformed one in
 * `headers` to show UQPAY's answer to it). `{clientId?, apiKey?}`: a token fetched with these
 * credentials, the connection's own for the one left out; inside them `{{$connection.client_id}}`
 * and `{{$connection.api_key}}` name the connection's (the run record masks every API key).
 */
const authSchema = z.union([
  z.literal("none"),
  z.strictObject({ clientId: z.string().min(1).optional(), apiKey: z.string().min(1).optional() }),
]);

const apiAction = z
  .object({
    kind: z.literal("api"),
    method: z.enum(["GET", "POST"]),
    /** After the connection's base URL, e.g. "/v1/issuing/cards/{{issue.card_id}}". */
    path: z.string().startsWith("/"),
    query: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
    body: z.unknown().optional(),
    /** Reuse another step's key ("{{<step>.$key}}") to show an idempotent replay. */
    idempotencyKey: z.string().optional(),
    /**
     * Extra request headers, e.g. {"x-on-behalf-of": "…"} or {"content-type": "…"}: they win over
     * the client's defaults, never over the token or the idempotency key. Secrets are masked in the run record.
     */
    headers: z.record(z.string().regex(/^[A-Za-z0-9-]+$/), z.string()).optional(),
    /** POST only: a body sent as is instead of `body` as JSON (malformed JSON, a form body). */
    rawBody: z.string().optional(),
    auth: authSchema.optional(),
    /** One attempt: no retry after a 5xx/429/in-flight answer, no token refresh after a 401 — UQPAY's first answer shows. */
    once: z.boolean().optional(),
    /**
     * Sends this many copies at the same moment with the same idempotency key, each once (no
     * retry). The step passes when `expect` holds for at least one copy (e.g. the one refused
     * with request_being_processed); every copy's answer is recorded.
     */
    concurrent: z.number().int().min(2).max(10).optional(),
  })
  .refine((a) => a.rawBody === undefined || (a.method === "POST" && a.body === undefined), { message: "rawBody is for POST steps without body" });

const emulatorAction = z.discriminatedUnion("command", [
  z.object({ kind: z.literal("emulator"), command: z.literal("advance_clock"), seconds: z.number().positive() }),
  z.object({ kind: z.literal("emulator"), command: z.literal("idv"), cardholderId: z.string(), result: z.enum(["approve", "reject"]) }),
  z.object({ kind: z.literal("emulator"), command: z.literal("tick") }),
  /** Replaces the emulator's fault rules (an empty list clears them); see lib/emulator/README.md. */
  z.object({ kind: z.literal("emulator"), command: z.literal("faults"), rules: z.array(z.record(z.string(), z.unknown())) }),
  /** Merges per-account toggles (quotas, blocked products, exhausted BINs, secure details, active). */
  z.object({ kind: z.literal("emulator"), command: z.literal("account_settings"), accountId: z.string(), settings: z.record(z.string(), z.unknown()) }),
]);

/** What a customer does on a hosted page (3DS challenge, QR scan): a POST to the page's own URL. */
const customerAction = z.object({
  kind: z.literal("customer"),
  url: z.string(),
  form: z.record(z.string(), z.string()).optional(),
  json: z.unknown().optional(),
});

/**
 * What an operator does with the console's own buttons: the change goes through the operations
 * ledger (one idempotency key per operation, an audit row per attempt) like the card page's actions.
 */
const consoleAction = z.discriminatedUnion("operation", [
  z.object({ kind: z.literal("console"), operation: z.literal("card.freeze"), cardId: z.string(), reason: z.string().max(100).optional() }),
  z.object({ kind: z.literal("console"), operation: z.literal("card.unfreeze"), cardId: z.string() }),
  z.object({ kind: z.literal("console"), operation: z.literal("card.cancel"), cardId: z.string() }),
  z.object({ kind: z.literal("console"), operation: z.enum(["card.recharge", "card.withdraw"]), cardId: z.string(), amount: z.union([z.string(), z.number()]) }),
]);

export const actionSchema = z.union([apiAction, emulatorAction, customerAction, consoleAction]);
export type ScenarioAction = z.infer<typeof actionSchema>;

export const expectSchema = z.object({
  /** "error": the call must fail; `error` narrows which failure. */
  outcome: z.enum(["success", "error"]).default("success"),
  error: z
    .object({ code: z.string().optional(), httpStatus: z.number().int().optional(), type: z.string().optional(), message: z.string().optional() })
    .optional(),
  /** The response body (or, for errors, {code, type, message, missing_fields}). */
  body: matchSchema.optional(),
  /** The console has specific guidance for this error (not a fallback by type or status). */
  guidance: z.boolean().optional(),
});

export const webhookWaitSchema = z.object({
  eventType: z.string().min(1),
  /** Dot paths into the webhook envelope, e.g. {"data.card_id": "{{issue.card_id}}"}. */
  match: matchSchema.optional(),
  timeoutMs: z.number().int().positive().max(120_000).default(15_000),
});

/** The events of one type that match, in the order UQPAY sent them, read at `field`. */
export const webhookOrderSchema = z.object({
  eventType: z.string().min(1),
  match: matchSchema.optional(),
  field: z.string().min(1),
  values: z.array(z.unknown()).min(1),
  timeoutMs: z.number().int().positive().max(120_000).default(15_000),
});

export const stepSchema = z.object({
  id: z.string().regex(STEP_ID),
  title: z.string().min(1),
  /** Safe to run against UQPAY's real sandbox (no emulator controls, no hosted-page tricks). */
  sandboxSafe: z.boolean().default(false),
  action: actionSchema,
  expect: expectSchema.default({ outcome: "success" }),
  /** Repeat the action until the expectation holds (e.g. a card turning ACTIVE). */
  poll: z.object({ timeoutMs: z.number().int().positive().max(120_000).default(20_000), intervalMs: z.number().int().positive().default(300) }).optional(),
  webhook: webhookWaitSchema.optional(),
  webhookOrder: webhookOrderSchema.optional(),
  /** Moves the emulator's clock after the step (emulator only). */
  advanceClockSeconds: z.number().positive().optional(),
});
export type ScenarioStep = z.infer<typeof stepSchema>;
export type ScenarioStepInput = z.input<typeof stepSchema>;

export const scenarioSchema = z
  .object({
    name: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    title: z.string().min(1),
    /** The seed document (000–004) the scenario follows. */
    seed: z.string().regex(/^\d{3}$/).optional(),
    description: z.string().min(1),
    steps: z.array(stepSchema).min(1),
  })
  .superRefine((scenario, ctx) => {
    const seen = new Set<string>();
    for (const [i, step] of scenario.steps.entries()) {
      if (seen.has(step.id)) ctx.addIssue({ code: "custom", path: ["steps", i, "id"], message: `duplicate step id ${step.id}` });
      seen.add(step.id);
      if (step.action.kind !== "api" && step.action.kind !== "console" && step.sandboxSafe) {
        ctx.addIssue({ code: "custom", path: ["steps", i, "sandboxSafe"], message: "only API and console steps can be sandbox-safe" });
      }
    }
  });
export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;

/** For scenario files: typed authoring, validated when the catalogue loads. */
export const defineScenario = (scenario: ScenarioInput): ScenarioInput => scenario;
