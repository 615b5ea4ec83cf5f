import { sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createConnection } from "@/lib/connections/store";
import { openConsoleWorld, type ConsoleWorld } from "@/lib/testing/console-world";
import { signUqpay } from "@/lib/webhooks/verify";
import { hostileString, hostileValue, MALICIOUS_STRINGS } from "./hostile-values";

vi.mock("@/lib/auth", async () => (await import("@/lib/testing/action-env")).authModule);
vi.mock("next/headers", async () => (await import("@/lib/testing/action-env")).headersModule);
vi.mock("next-intl/server", async () => (await import("@/lib/testing/action-env")).intlModule);

const SECRET = "whsec_hostile_0123456789";
const RUNS = Number(process.env.FC_RUNS ?? 15) * 4;
let world: ConsoleWorld;
let connectionId: string;
let POST: (req: Request, ctx: { params: Promise<{ connectionId: string }> }) => Promise<Response>;
const errors = vi.spyOn(console, "error");

beforeAll(async () => {
  world = await openConsoleWorld();
  connectionId = (await createConnection(world.db, world.encryptionKey, { name: "hooks", environment: "emulator", baseUrl: "http://127.0.0.1:9/api", clientId: "c", apiKey: "k", webhookSecret: SECRET })).id;
  ({ POST } = (await import("@/app/api/webhooks/uqpay/[connectionId]/route")) as unknown as { POST: typeof POST });
});
afterAll(() => world.close());

async function deliver(id: string, body: string, headers: Record<string, string>) {
  errors.mockClear();
  const req = new Request(`http://127.0.0.1/api/webhooks/uqpay/${encodeURIComponent(id)}`, { method: "POST", body, headers });
  let res: Response;
  try {
    res = await POST(req, { params: Promise.resolve({ connectionId: id }) });
  } catch (error) {
    throw new Error(`the receiver threw (500) for body ${JSON.stringify(body.slice(0, 200))}: ${error instanceof Error ? error.stack : String(error)}`);
  }
  expect(errors, "the receiver logged an unexpected error").not.toHaveBeenCalled();
  const answer = (await res.json()) as { received: boolean; reason?: string };
  return { status: res.status, answer };
}

const signed = (body: string, at = String(Math.floor(Date.now() / 1000))) => ({ "x-wk-timestamp": at, "x-wk-signature": signUqpay(body, at, SECRET), "content-type": "application/json" });

const hostileEnvelope = fc.record(
  {
    event_id: fc.oneof(hostileValue, fc.uuid()),
    event_type: fc.oneof(hostileValue, fc.constantFrom("card.create.succeeded", "card.update.succeeded", "issuing.transaction.authorization")),
    event_name: hostileValue,
    source_id: hostileValue,
    data: fc.oneof(hostileValue, fc.record({ card_id: hostileValue, cardholder_id: hostileValue, card_status: hostileValue, update_time: hostileString, amount: hostileValue })),
  },
  { requiredKeys: [] },
);

describe("the webhook receiver under hostile deliveries: never a 500, always a clear reason", () => {
  it("refuses unsigned or badly signed bodies of any shape with 400/401/413 and a reason", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(hostileString, fc.json(), hostileEnvelope.map((e) => JSON.stringify(e) ?? "null"), fc.constant("x".repeat(300 * 1024))),
        fc.record({ "x-wk-timestamp": hostileString, "x-wk-signature": hostileString }, { requiredKeys: [] }),
        async (body, headers) => {
          const safeHeaders = Object.fromEntries(Object.entries(headers).filter(([, v]) => /^[\t\x20-\x7e]*$/.test(v)));
          const { status, answer } = await deliver(connectionId, body, safeHeaders);
          expect([400, 401, 413]).toContain(status);
          expect(answer.received).toBe(false);
          expect(answer.reason).toEqual(expect.any(String));
        },
      ),
      { numRuns: RUNS, seed: 1122 },
    );
  });

  it("answers correctly signed but hostile payloads with 200 or 400, never a crash", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof({ weight: 4, arbitrary: hostileEnvelope.map((e) => JSON.stringify(e) ?? "null") }, { weight: 1, arbitrary: fc.oneof(fc.json(), hostileString) }), async (body) => {
        const { status, answer } = await deliver(connectionId, body, signed(body));
        expect([200, 400, 413]).toContain(status);
        if (status !== 200) expect(answer.reason).toEqual(expect.any(String));
      }),
      { numRuns: RUNS, seed: 2211 },
    );
  });

  it("answers any connection id that is not a connection with 404", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.constantFrom(...MALICIOUS_STRINGS.filter((s) => s.length < 1000)), fc.uuid()), async (id) => {
        const { status } = await deliver(id, "{}", signed("{}"));
        expect(status).toBe(404);
      }),
      { numRuns: 30, seed: 3 },
    );
  });

  it("applied nothing from an unsigned delivery", async () => {
    const rows = await world.db.execute(sql`select count(*)::int as n from webhook_events where status = 'accepted' and signature_result <> 'valid'`);
    const n = ((rows as unknown as { rows?: { n: number }[] }).rows ?? (rows as unknown as { n: number }[]))[0].n;
    expect(n).toBe(0);
  });
});
