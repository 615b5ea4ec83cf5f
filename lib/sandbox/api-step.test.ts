import { describe, expect, it } from "vitest";
import { abbreviate, credentialsFor, maskSecret, recordApiRequest, redactHeaders, type ApiAction } from "./api-step";
import { resolve, TemplateError, type TemplateContext } from "./template";

const ctx: TemplateContext = { run: "abc123", steps: {} };

describe("the run record of an API step", () => {
  it("masks secret headers but keeps their scheme, the idempotency key and harmless headers", () => {
    expect(
      redactHeaders({
        "X-Auth-Token": "Bearer eyJhbGciOiJIUzI1NiJ9.payload.sig",
        "x-api-key": "emu_sk_test_0123456789abcdef",
        Authorization: "Basic dXNlcjpwYXNz",
        "x-idempotency-key": "k-1",
        "content-type": "application/x-www-form-urlencoded",
        "x-on-behalf-of": "00000000-0000-4000-8000-000000000000",
      }),
    ).toEqual({
      "x-auth-token": "Bearer ••••",
      "x-api-key": "••••",
      authorization: "Basic ••••",
      "x-idempotency-key": "k-1",
      "content-type": "application/x-www-form-urlencoded",
      "x-on-behalf-of": "00000000-0000-4000-8000-000000000000",
    });
    expect(maskSecret("not-a-bearer-token")).toBe("••••");
  });

  it("keeps a multi-megabyte document as its start and length", () => {
    const big = "A".repeat(2_900_000);
    const recorded = abbreviate({ identity: { front_file: big, type: "PASSPORT" }, list: [big] });
    expect(recorded.identity.front_file).toBe(`${"A".repeat(24)}… (2,900,000 characters)`);
    expect(recorded.identity.type).toBe("PASSPORT");
    expect(recorded.list[0]).toMatch(/2,900,000 characters/);
    expect(abbreviate("short")).toBe("short");
  });

  it("records an auth override with the client id and a masked API key, and the raw body as sent", () => {
    const action: ApiAction = {
      kind: "api",
      method: "POST",
      path: "/v1/issuing/cardholders",
      rawBody: "{not json",
      headers: { "content-type": "application/json" },
      auth: { apiKey: "sk_wrong_value" },
      once: true,
    };
    const credentials = credentialsFor(action.auth, { clientId: "client-1", apiKey: "sk_real_value" });
    expect(credentials).toEqual({ clientId: "client-1", apiKey: "sk_wrong_value" });
    const recorded = recordApiRequest(action, "k-2", credentials);
    expect(recorded).toMatchObject({ rawBody: "{not json", auth: { clientId: "client-1", apiKey: "••••" }, once: true, idempotencyKey: "k-2" });
    expect(JSON.stringify(recorded)).not.toContain("sk_");
    expect(recordApiRequest({ ...action, auth: "none" }, "k-3", null).auth).toBe("none");
    expect(credentialsFor(undefined, { clientId: "c", apiKey: "k" })).toBeNull();
  });
});

describe("templates for the error tour", () => {
  it("{{$time±n<unit>}} counts from the run's clock", () => {
    const now = Date.parse("2026-05-01T10:00:00Z");
    expect(resolve("{{$time+2d}}", { ...ctx, now })).toBe("2026-05-03T10:00:00Z");
    expect(resolve("{{$time-90m}}", { ...ctx, now })).toBe("2026-05-01T08:30:00Z");
  });

  it("names the connection's credentials only where the runner allows it (an API step's auth)", () => {
    expect(resolve({ clientId: "{{$connection.client_id}}-2" }, { ...ctx, connection: { client_id: "client-1" } })).toEqual({ clientId: "client-1-2" });
    expect(() => resolve("{{$connection.api_key}}", ctx)).toThrow(TemplateError);
  });
});
