import type { ApiResponse, Harness } from "../testing/harness";
import { TEST_CARDS } from "./fidelity";

// Test-only helpers for the acquiring suites: calls carry x-client-id as the reference requires.

export type Body = Record<string, unknown>;

export class Acq {
  constructor(readonly h: Harness) {}

  private headers(extra: Record<string, string> = {}): Record<string, string> {
    return { "x-auth-token": `Bearer ${this.h.token}`, "x-client-id": this.h.emu.credentials.clientId, ...extra };
  }

  get<T = Body>(path: string): Promise<ApiResponse<T>> {
    return this.h.raw<T>("GET", path, undefined, this.headers());
  }

  post<T = Body>(path: string, body: unknown = {}, key: string = crypto.randomUUID()): Promise<ApiResponse<T>> {
    return this.h.raw<T>("POST", path, body, this.headers({ "x-idempotency-key": key }));
  }

  create(overrides: Body = {}, key?: string) {
    return this.post("/v2/payment_intents/create", intentBody(overrides), key);
  }

  confirm(id: string, body: Body) {
    return this.post(`/v2/payment_intents/${id}/confirm`, body);
  }

  intent(id: string) {
    return this.get(`/v2/payment_intents/${id}`);
  }

  /** An intent already in REQUIRES_CAPTURE (seed card, auto_capture false). */
  async authorized(amount = "100.00", currency = "SGD"): Promise<Body> {
    const res = await this.create({ amount, currency, payment_method: card(TEST_CARDS.success, { auto_capture: false }) });
    if (res.body.intent_status !== "REQUIRES_CAPTURE") throw new Error(JSON.stringify(res.body));
    return res.body;
  }

  /** POSTs a hosted-page form (3DS / wallet) without following the redirect. */
  page(path: string, result: string): Promise<Response> {
    return fetch(`${this.h.emu.url}${path}`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ result }).toString(),
      redirect: "manual",
    });
  }
}

export function intentBody(overrides: Body = {}): Body {
  return {
    amount: "8.98",
    currency: "SGD",
    merchant_order_id: "order-001",
    description: "Test payment",
    metadata: {},
    return_url: "https://example.com/callback",
    ...overrides,
  };
}

/** Seed 003's card payment_method with another PAN and overrides. */
export function card(number: string = TEST_CARDS.success, overrides: Body = {}): Body {
  return {
    type: "card",
    card: {
      card_name: "UQPAY",
      card_number: number,
      expiry_month: "12",
      expiry_year: "2099",
      cvc: "811",
      network: number.startsWith("4") ? "visa" : "mastercard",
      billing: {
        first_name: "UQPAY",
        last_name: "ACQ",
        email: "acq@example.com",
        phone_number: "0524-91353515",
        address: { country_code: "SG", state: "Singapore", city: "Singapore", street: "444 Orchard Rd", postcode: "924011" },
      },
      auto_capture: true,
      authorization_type: "authorization",
      three_ds_action: "skip_3ds",
      ...overrides,
    },
  };
}

/** What enforce_3ds needs besides the card (api-reference 4.2). */
export const BROWSER = {
  ip_address: "203.0.113.7",
  browser_info: {
    accept_header: "text/html",
    browser: { java_enabled: false, javascript_enabled: true, user_agent: "Mozilla/5.0" },
    language: "en-SG",
    screen_color_depth: 24,
    screen_height: 900,
    screen_width: 1440,
    timezone: "-480",
  },
};

export const alipay = (sub: Body = {}) => ({ type: "alipaycn", alipaycn: { flow: "qrcode", is_present: false, ...sub } });

export const path = (url: string) => new URL(url).pathname;

/** The one emulator all acquiring suites share (starting PGlite dominates the suites' time). */
export interface Env {
  h: Harness;
  acq: Acq;
}
