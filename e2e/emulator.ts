import type { APIRequestContext } from "@playwright/test";

/** The e2e run's emulator (started by scripts/serve.mjs beside the console). */
export const EMULATOR_URL = `http://127.0.0.1:${process.env.E2E_EMULATOR_PORT ?? "4210"}`;

// Seeded by the emulator with fixed ids (lib/emulator/seed-data.ts); named here for specs.
export const SEEDED_PRODUCTS = {
  visaShare: "467e993f-317a-49fc-9ea0-bf49de7d1f76",
  visaSingle: "8a1f3b6c-2d4e-4f70-8b19-000000000002",
  visaAddress: "8a1f3b6c-2d4e-4f70-8b19-000000000003",
  visaEnhanced: "8a1f3b6c-2d4e-4f70-8b19-000000000004",
  mastercard: "8a1f3b6c-2d4e-4f70-8b19-000000000005",
  disabled: "8a1f3b6c-2d4e-4f70-8b19-000000000006",
} as const;

async function control<T>(request: APIRequestContext, method: "GET" | "POST" | "PUT", path: string, data?: unknown): Promise<T> {
  const response = await request.fetch(`${EMULATOR_URL}/__emulator${path}`, { method, data });
  if (!response.ok()) throw new Error(`emulator ${method} ${path}: ${response.status()} ${await response.text()}`);
  return (await response.json()) as T;
}

export const emulator = {
  advanceClock: (request: APIRequestContext, seconds: number) => control(request, "POST", "/clock/advance", { seconds }),
  tick: (request: APIRequestContext) => control(request, "POST", "/tick"),
  /** The demo data of lib/emulator/seed-demo.ts (idempotent: a second call adds nothing). */
  seedDemo: (request: APIRequestContext) => control(request, "POST", "/seed", { demo: true }),
  setFaults: (request: APIRequestContext, rules: unknown[]) => control(request, "PUT", "/faults", { rules }),
  requests: (request: APIRequestContext, pathPrefix: string) =>
    control<{ data: { method: string; path: string; query: string; status: number }[] }>(request, "GET", `/requests?path_prefix=${encodeURIComponent(pathPrefix)}`),
  deliveries: (request: APIRequestContext, eventType?: string) =>
    control<{ data: unknown[] }>(request, "GET", `/deliveries${eventType ? `?event_type=${encodeURIComponent(eventType)}` : ""}`),
  completeIdv: (request: APIRequestContext, cardholderId: string, result: "approve" | "reject" = "approve") =>
    control(request, "POST", `/cardholders/${cardholderId}/idv`, { result }),
};

const CREDENTIALS = { "x-client-id": "uqpayEmulatorClient001", "x-api-key": "emu_sk_test_0123456789abcdef" };

/** Calls the emulator's UQPAY API directly, as a third party would: to set up state a spec is not about. */
export async function emulatorApi(request: APIRequestContext) {
  const token = await request.post(`${EMULATOR_URL}/api/v1/connect/token`, { headers: CREDENTIALS });
  const { auth_token } = (await token.json()) as { auth_token: string };
  const headers = { "x-auth-token": `Bearer ${auth_token}` };
  return {
    async post<T = Record<string, unknown>>(path: string, data: unknown): Promise<T> {
      const response = await request.post(`${EMULATOR_URL}/api${path}`, { headers: { ...headers, "x-idempotency-key": crypto.randomUUID() }, data });
      if (!response.ok()) throw new Error(`emulator POST ${path}: ${response.status()} ${await response.text()}`);
      return (await response.json()) as T;
    },
    async get<T = Record<string, unknown>>(path: string): Promise<T> {
      const response = await request.get(`${EMULATOR_URL}/api${path}`, { headers });
      if (!response.ok()) throw new Error(`emulator GET ${path}: ${response.status()} ${await response.text()}`);
      return (await response.json()) as T;
    },
  };
}
