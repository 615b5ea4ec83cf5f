import "server-only";
import { clientIp } from "@/lib/auth/client-ip";
import { cardPaymentSchema, type BrowserInfo } from "@/lib/schemas/payments";

type PaymentMethod = { type: string } & Record<string, unknown>;

type MethodInput = { method: string; card?: unknown; payment_code?: string; browser_info?: BrowserInfo };

/**
 * The payment_method UQPAY receives (seed 003's shapes) and a redacted twin for the ledger's
 * fingerprint and summaries: the PAN and CVC go to UQPAY and nowhere else.
 */
export function paymentMethodWire(input: MethodInput): { wire: PaymentMethod | undefined; redacted: Record<string, unknown> | null; threeDs: boolean } {
  if (input.method === "alipaycn_qrcode") {
    const wire = { type: "alipaycn", alipaycn: { flow: "qrcode", is_present: false } };
    return { wire, redacted: wire, threeDs: false };
  }
  if (input.method === "alipaycn_payment_code") {
    const wire = { type: "alipaycn", alipaycn: { flow: "qrcode", is_present: true, payment_code: input.payment_code ?? "" } };
    return { wire, redacted: { type: "alipaycn", alipaycn: { flow: "qrcode", is_present: true, payment_code_last4: (input.payment_code ?? "").slice(-4) } }, threeDs: false };
  }
  if (input.method !== "card") return { wire: undefined, redacted: null, threeDs: false };
  const card = cardPaymentSchema.parse(input.card);
  const { card_number, cvc: _cvc, ...rest } = card;
  const wire = { type: "card", card: { ...card, billing: { ...card.billing, phone_number: card.billing.phone_number || undefined } } };
  return {
    wire,
    redacted: { type: "card", card: { network: rest.network, last4: card_number.slice(-4), expiry: `${rest.expiry_month}/${rest.expiry_year}`, auto_capture: rest.auto_capture, authorization_type: rest.authorization_type, three_ds_action: rest.three_ds_action } },
    threeDs: card.three_ds_action === "enforce_3ds",
  };
}

// Without a proxy in front (a local install) no header names the caller; the console then reports
// the loopback address rather than inventing one.
const LOCAL_IP = "127.0.0.1";

/** The payer's context 3DS needs: the browser described itself, the address comes from the proxy. */
export function threeDsContext(browser: BrowserInfo | undefined, headers: Headers) {
  if (!browser) return {};
  return { ip_address: clientIp(headers) === "unknown" ? LOCAL_IP : clientIp(headers), browser_info: browser };
}

/** "What was paid with" for audit summaries: brand and last 4 only. */
export function methodSummary(redacted: Record<string, unknown> | null): Record<string, unknown> {
  if (!redacted) return { payment_method: null };
  const card = redacted.card as { network?: string; last4?: string } | undefined;
  return card ? { payment_method: "card", brand: card.network, last4: card.last4 } : { payment_method: redacted.type };
}
