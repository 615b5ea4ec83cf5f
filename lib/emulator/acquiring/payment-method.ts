import { invalidParam } from "./errors";

// payment_method as api-reference 4.2 describes it: `{type:"card", card:{...}}` or a wallet
// `{type:"alipaycn", alipaycn:{flow, os_type?, is_present?, payment_code?}}`. The PAN and CVC
// are checked here and never stored or echoed; only the masked view below leaves the emulator.

const WALLETS = ["alipaycn", "alipayhk", "wechatpay", "unionpay", "grabpay", "paynow", "truemoney", "tng", "gcash", "dana", "kakaopay", "tosspay", "naverpay"];
export const AVAILABLE_METHOD_TYPES = ["card", ...WALLETS];

export interface CardMethod {
  type: "card";
  number: string;
  expMonth: number;
  expYear: number;
  name: string;
  brand: string;
  country: string;
  autoCapture: boolean;
  preAuthorization: boolean;
  enforce3ds: boolean;
  threeDsReturnUrl: string | null;
}

export interface WalletMethod {
  type: string;
  wallet: true;
  flow: string;
  osType: string;
  paymentCode: string | null;
}

export type PaymentMethod = CardMethod | WalletMethod;
export type MaskedMethod = Record<string, unknown> & { type: string };

const obj = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === "string" ? v : typeof v === "number" ? String(v) : null);

function luhn(pan: string): boolean {
  let sum = 0;
  for (let i = 0; i < pan.length; i++) {
    let d = Number(pan[pan.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

function brandOf(pan: string): string {
  if (pan.startsWith("4")) return "visa";
  if (/^(5[1-5]|2[2-7])/.test(pan)) return "mastercard";
  if (/^3[47]/.test(pan)) return "amex";
  if (pan.startsWith("35")) return "jcb";
  if (pan.startsWith("62")) return "unionpay";
  return "unknown";
}

/** Validates `payment_method`; `now` is the emulated clock, for the expiry check. */
export function readPaymentMethod(value: unknown, now: Date): PaymentMethod {
  if (!obj(value) || typeof value.type !== "string") throw invalidParam("payment_method.type: is required");
  if (value.type === "card") return readCard(value.card, now);
  if (WALLETS.includes(value.type)) return readWallet(value.type, value[value.type]);
  throw invalidParam(`payment_method.type: ${value.type} is not supported`);
}

function readCard(card: unknown, now: Date): CardMethod {
  const p = "payment_method.card";
  if (!obj(card)) throw invalidParam(`${p}: is required`);
  const number = str(card.card_number) ?? "";
  if (!/^\d{12,19}$/.test(number) || !luhn(number)) throw invalidParam(`${p}.card_number: invalid card number`);
  const month = str(card.expiry_month) ?? "";
  if (!/^(0?[1-9]|1[0-2])$/.test(month)) throw invalidParam(`${p}.expiry_month: must be MM (01-12)`);
  const year = str(card.expiry_year) ?? "";
  if (!/^\d{4}$/.test(year)) throw invalidParam(`${p}.expiry_year: must be YYYY`);
  // A card is valid through the last day of its expiry month.
  if (Number(year) * 12 + Number(month) < now.getUTCFullYear() * 12 + now.getUTCMonth() + 1) {
    throw invalidParam(`${p}.expiry_year: the card has expired`);
  }
  if (!/^\d{3,4}$/.test(str(card.cvc) ?? "")) throw invalidParam(`${p}.cvc: must be 3 or 4 digits`);
  const action = card.three_ds_action ?? "skip_3ds";
  if (!["enforce_3ds", "skip_3ds", "optional_3ds"].includes(action as string)) {
    throw invalidParam(`${p}.three_ds_action: must be one of enforce_3ds, skip_3ds, optional_3ds`);
  }
  const authType = card.authorization_type ?? "authorization";
  if (authType !== "authorization" && authType !== "pre_authorization") {
    throw invalidParam(`${p}.authorization_type: must be authorization or pre_authorization`);
  }
  if (card.auto_capture !== undefined && typeof card.auto_capture !== "boolean") throw invalidParam(`${p}.auto_capture: must be a boolean`);
  const billing = obj(card.billing) ? card.billing : {};
  const address = obj(billing.address) ? billing.address : {};
  const threeDs = obj(card.three_ds) ? card.three_ds : {};
  return {
    type: "card",
    number,
    expMonth: Number(month),
    expYear: Number(year),
    name: str(card.card_name) ?? "",
    brand: typeof card.network === "string" && card.network ? card.network.toLowerCase() : brandOf(number),
    country: str(address.country_code) ?? "",
    autoCapture: card.auto_capture !== false,
    preAuthorization: authType === "pre_authorization",
    enforce3ds: action === "enforce_3ds",
    threeDsReturnUrl: str(threeDs.return_url) || null,
  };
}

function readWallet(type: string, sub: unknown): WalletMethod {
  const w = obj(sub) ? sub : {};
  const flow = str(w.flow) ?? "qrcode";
  const code = str(w.payment_code);
  if (code !== null && !/^\d{16,24}$/.test(code)) throw invalidParam(`payment_method.${type}.payment_code: must be 16-24 digits`);
  return { type, wallet: true, flow, osType: str(w.os_type) ?? "", paymentCode: code };
}

/** The stored and echoed form: the webhook fixtures' `{type, card{brand,last4,exp_month,exp_year,funding,country}}`. */
export function maskMethod(m: PaymentMethod): MaskedMethod {
  if (m.type === "card" && "number" in m) {
    return {
      type: "card",
      card: { brand: m.brand, bin: m.number.slice(0, 6), last4: m.number.slice(-4), exp_month: m.expMonth, exp_year: m.expYear, funding: "credit", country: m.country, card_name: m.name },
    };
  }
  return { type: m.type, [m.type]: { flow: (m as WalletMethod).flow, os_type: (m as WalletMethod).osType } };
}

/** enforce_3ds needs ip_address and browser_info (api-reference 4.2 "conditional"). */
export function require3dsContext(body: Record<string, unknown>): void {
  if (typeof body.ip_address !== "string" || !body.ip_address) throw invalidParam("ip_address: is required when three_ds_action is enforce_3ds");
  const info = body.browser_info;
  if (!obj(info)) throw invalidParam("browser_info: is required when three_ds_action is enforce_3ds");
  for (const key of ["accept_header", "language", "screen_color_depth", "screen_height", "screen_width"]) {
    if (info[key] === undefined || info[key] === null || info[key] === "") throw invalidParam(`browser_info.${key}: is required`);
  }
  const browser = obj(info.browser) ? info.browser : {};
  if (typeof browser.user_agent !== "string" || !browser.user_agent) throw invalidParam("browser_info.browser.user_agent: is required");
}
