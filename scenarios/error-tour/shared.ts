import type { ScenarioStepInput } from "@/lib/sandbox/scenario";

// Ids, request bodies and step builders shared by the error tour's sections (seed 004).

export const SHARE = "467e993f-317a-49fc-9ea0-bf49de7d1f76";
export const SINGLE = "8a1f3b6c-2d4e-4f70-8b19-000000000002";
export const ENHANCED = "8a1f3b6c-2d4e-4f70-8b19-000000000004";
export const DISABLED = "8a1f3b6c-2d4e-4f70-8b19-000000000006";
export const NO_SUCH_ID = "00000000-0000-4000-8000-000000000000";
export const ACCOUNT = "5f0c7a2e-8b1d-4c3e-9a6f-000000000001";
export const DEFAULT_SETTINGS = { secure_details_allowed: true, card_quota: 1_000_000, cardholder_card_quota: 20, active: true, blocked_products: [], exhausted_bins: [] };
// A 1x1 PNG: real file content for the identity-document checks.
export const PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

export type Expected = { code?: string; message?: string; type?: string; httpStatus?: number };
type ApiInput = Extract<ScenarioStepInput["action"], { kind: "api" }>;

export const holder = (extra: Record<string, unknown> = {}) => ({
  first_name: "Omar", last_name: "Haddad", email: "{{$email}}", country_code: "SG", phone_number: "{{$phone_sg}}", ...extra,
});
export const adult = (extra: Record<string, unknown>) => holder({ date_of_birth: "1990-01-01", ...extra });
export const passport = (number: string) => ({ date_of_birth: "1990-01-01", identity: { type: "PASSPORT", number, front_file: PNG } });
export const card = (extra: Record<string, unknown>) => ({ cardholder_id: "{{cardholder.cardholder_id}}", card_product_id: SHARE, card_currency: "USD", card_limit: 100, ...extra });
export const authorize = (extra: Record<string, unknown>) => ({
  card_id: "{{card.card_id}}", transaction_amount: 5, transaction_currency: "USD", merchant_name: "Error Tour", merchant_category_code: "5734", ...extra,
});

/** An API call the tour expects UQPAY to refuse, by default with specific console guidance. */
export function fails(id: string, title: string, method: "GET" | "POST", path: string, body: unknown, error: Expected, sandboxSafe = true, guidance = true): ScenarioStepInput {
  return refused(id, title, { method, path, ...(body === undefined ? {} : { body }) }, error, { sandboxSafe, guidance });
}

/** Like `fails`, with the API step's other parts: headers, a raw body, an auth override, one attempt, copies. */
export function refused(id: string, title: string, action: Omit<ApiInput, "kind">, error: Expected, options: { sandboxSafe?: boolean; guidance?: boolean } = {}): ScenarioStepInput {
  return {
    id,
    title,
    sandboxSafe: options.sandboxSafe ?? true,
    action: { kind: "api", ...action },
    expect: { outcome: "error", error, guidance: options.guidance ?? true },
  };
}

export const post = (id: string, title: string, path: string, body: unknown, expectBody?: Record<string, unknown>, sandboxSafe = true): ScenarioStepInput => ({
  id,
  title,
  sandboxSafe,
  action: { kind: "api", method: "POST", path, body },
  ...(expectBody ? { expect: { body: expectBody } } : {}),
});

/** Polls a card until it is ACTIVE (new cards are PENDING for a moment). */
export const active = (id: string, title: string, cardStep: string, sandboxSafe = true): ScenarioStepInput => ({
  id,
  title,
  sandboxSafe,
  action: { kind: "api", method: "GET", path: `/v1/issuing/cards/{{${cardStep}.card_id}}` },
  expect: { body: { card_status: "ACTIVE" } },
  poll: { timeoutMs: 30_000 },
});

export const settings = (id: string, title: string, patch: Record<string, unknown>): ScenarioStepInput => ({
  id,
  title,
  action: { kind: "emulator", command: "account_settings", accountId: ACCOUNT, settings: patch },
});

export const faults = (id: string, title: string, rules: Record<string, unknown>[]): ScenarioStepInput => ({
  id,
  title,
  action: { kind: "emulator", command: "faults", rules },
});
