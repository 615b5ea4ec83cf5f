import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type RunningEmulator } from "@/lib/emulator/server";
import { emulatorControl } from "./emulator-control";
import { runScenario, type RunnerTarget } from "./runner";
import { scenarioSchema, type ScenarioStepInput } from "./scenario";

// The API step's error-tour features (headers, raw bodies, auth overrides, one attempt,
// concurrent copies) against an in-process emulator over HTTP, as the runner sends them.

let emu: RunningEmulator;
let target: RunnerTarget;

beforeAll(async () => {
  emu = await startEmulator({ db: "memory", port: 0, mode: "test", activationDelayMs: 0, tickMs: 50 });
  target = { connection: { id: randomUUID(), baseUrl: emu.apiBase, ...emu.credentials }, environment: "emulator", name: "test emulator" };
}, 120_000);
afterAll(async () => {
  await emu?.close();
});

const holder = { first_name: "Ada", last_name: "Tan", email: "{{$email}}", country_code: "SG", phone_number: "{{$phone_sg}}" };

async function run(...steps: ScenarioStepInput[]) {
  const scenario = scenarioSchema.parse({ name: "features", title: "Step features", description: "Unit test.", steps });
  return runScenario(scenario, target, { fastRetries: true });
}

describe("API step features", () => {
  it("concurrent copies share one key: one is applied, the other refused as in flight; both are recorded", { timeout: 60_000 }, async () => {
    const control = emulatorControl(emu.apiBase);
    await control.setFaults([{ path: "/v1/issuing/cardholders", method: "POST", kind: "latency", ms: 600, phase: "inside" }]);
    try {
      const state = await run(
        { id: "warm", title: "A call that caches the run's token", action: { kind: "api", method: "GET", path: "/v1/issuing/products" } },
        {
          id: "twice",
          title: "The same create twice at once",
          action: { kind: "api", method: "POST", path: "/v1/issuing/cardholders", body: holder, concurrent: 2 },
          expect: { outcome: "error", error: { code: "request_being_processed" }, guidance: true },
        },
      );
      const step = state.steps[1];
      expect(step.status).toBe("passed");
      expect(step.copies?.map((c) => [c.ok, c.matched]).sort()).toEqual([
        [false, true],
        [true, false],
      ]);
      expect(step.checks[0]).toMatchObject({ path: "copies", actual: "1 of 2", ok: true });
      expect(step.guidance?.key).toBe("request_being_processed");
      // Each copy is sent once: two HTTP attempts in all, with the same key, and one cardholder.
      expect(step.attempts).toHaveLength(2);
      const key = (step.request as { idempotencyKey: string }).idempotencyKey;
      const logged = (await control.requests({ pathPrefix: "/api/v1/issuing/cardholders" })).filter((r) => r.idempotency_key === key);
      expect(logged.map((r) => r.status).sort()).toEqual([200, 400]);
    } finally {
      await control.setFaults([]);
    }
  });

  it("headers reach UQPAY as written but the run record masks tokens", async () => {
    const state = await run(
      {
        id: "forged",
        title: "A token that is not a JWT",
        action: { kind: "api", method: "GET", path: "/v1/issuing/cards", auth: "none", headers: { "x-auth-token": "Bearer secret-token-value" } },
        expect: { outcome: "error", error: { code: "unauthorized_error", message: "invalid auth token", httpStatus: 401 }, guidance: true },
      },
      {
        id: "sub_account",
        title: "An unknown sub-account",
        action: { kind: "api", method: "GET", path: "/v1/issuing/cards", headers: { "x-on-behalf-of": "00000000-0000-4000-8000-000000000000" } },
        expect: { outcome: "error", error: { code: "sub_account_not_found" }, guidance: true },
      },
    );
    expect(state.steps.map((s) => s.status)).toEqual(["passed", "passed"]);
    expect(state.steps[0].request).toMatchObject({ auth: "none", headers: { "x-auth-token": "Bearer ••••" } });
    expect(state.steps[1].request).toMatchObject({ headers: { "x-on-behalf-of": "00000000-0000-4000-8000-000000000000" } });
    expect(JSON.stringify(state)).not.toContain("secret-token-value");
  });

  it("raw bodies: malformed JSON, a JSON array and a form body get UQPAY's own refusals", async () => {
    const raw = (id: string, rawBody: string, message: string, contentType?: string): ScenarioStepInput => ({
      id,
      title: id,
      action: { kind: "api", method: "POST", path: "/v1/issuing/cardholders", rawBody, ...(contentType ? { headers: { "content-type": contentType } } : {}) },
      expect: { outcome: "error", error: { message }, guidance: true },
    });
    const state = await run(
      raw("broken", '{"first_name": "Ada",', "Params JSON error"),
      raw("array", "[1, 2]", "Request parameters invalid"),
      raw("form", "first_name=Ada&last_name=Tan", "Content type is not supported, please upload the correct format", "application/x-www-form-urlencoded"),
    );
    expect(state.steps.map((s) => [s.id, s.status])).toEqual([
      ["broken", "passed"],
      ["array", "passed"],
      ["form", "passed"],
    ]);
    expect(state.steps[2].request).toMatchObject({ rawBody: "first_name=Ada&last_name=Tan", headers: { "content-type": "application/x-www-form-urlencoded" } });
  });

  it("an auth override fetches its own token and never shows an API key; once shows an expired token, then the console refreshes", { timeout: 60_000 }, async () => {
    const state = await run(
      { id: "warm", title: "A call that caches the run's token", action: { kind: "api", method: "GET", path: "/v1/issuing/products" } },
      {
        id: "wrong_key",
        title: "A wrong API key",
        action: { kind: "api", method: "GET", path: "/v1/issuing/products", auth: { apiKey: "{{$connection.api_key}}-wrong" } },
        expect: { outcome: "error", error: { code: "unauthorized_error", message: "Invalid API key" }, guidance: true },
      },
      {
        id: "other_account",
        title: "The second account reuses the first one's key",
        action: { kind: "api", method: "POST", path: "/v1/issuing/balances", body: { currency: "USD" }, idempotencyKey: "not-needed", auth: { clientId: "{{$connection.client_id}}-2", apiKey: "{{$connection.api_key}}-2" } },
        expect: { body: { currency: "USD" } },
      },
      { id: "later", title: "31 minutes later", action: { kind: "emulator", command: "advance_clock", seconds: 1860 } },
      {
        id: "expired",
        title: "The cached token, sent once",
        action: { kind: "api", method: "GET", path: "/v1/issuing/products", once: true },
        expect: { outcome: "error", error: { message: "token has expired" }, guidance: true },
      },
      { id: "refreshed", title: "Refreshed by the client", action: { kind: "api", method: "GET", path: "/v1/issuing/products" } },
    );
    expect(state.steps.map((s) => [s.id, s.status])).toEqual([
      ["warm", "passed"],
      ["wrong_key", "passed"],
      ["other_account", "passed"],
      ["later", "passed"],
      ["expired", "passed"],
      ["refreshed", "passed"],
    ]);
    expect(state.steps[1].request).toMatchObject({ auth: { clientId: emu.credentials.clientId, apiKey: "••••" } });
    expect(state.steps[2].request).toMatchObject({ auth: { clientId: `${emu.credentials.clientId}-2`, apiKey: "••••" } });
    expect(state.steps[4].attempts.map((a) => a.status)).toEqual([401]);
    // Refused, a new token, the same call again.
    expect(state.steps[5].attempts.map((a) => a.status)).toEqual([401, 200, 200]);
    expect(JSON.stringify(state)).not.toContain(emu.credentials.apiKey);
  });
});
