import { z } from "zod";
import { compareAmounts, hasValidPrecision, isCurrencyCode, isPositive, tryParseAmount } from "@/lib/money";
import { CANCELLATION_REASONS, CARD_NETWORKS, CREATE_METHOD_KINDS, INTENT_STATUS_FILTERS, PAYMENT_METHOD_KINDS } from "@/lib/payments/kinds";
import { operationIdField } from "./operation";

export { CANCELLATION_REASONS, CARD_NETWORKS, CREATE_METHOD_KINDS, INTENT_STATUS_FILTERS, PAYMENT_METHOD_KINDS } from "@/lib/payments/kinds";

// Error messages are keys of the "payments.validation" catalogue (or the shared "validation" one).

export const PAYMENT_PAGE_SIZE = 20;

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().catch(undefined);
const filterText = z.string().trim().max(36).optional().catch(undefined).transform((v) => v || undefined);

/** List filters from the URL: malformed values are dropped rather than failing the page. */
export const paymentFiltersSchema = z.object({
  status: z.enum(INTENT_STATUS_FILTERS).optional().catch(undefined),
  order: filterText,
  from: day,
  to: day,
});
export type PaymentFilters = z.infer<typeof paymentFiltersSchema>;

export const paymentIntentIdField = z.string().trim().regex(/^[A-Za-z0-9_-]{1,64}$/, "invalid");
const amountText = z.string().trim().min(1, "required").refine((v) => tryParseAmount(v) !== null && isPositive(v), "amount_invalid");
const currencyText = z.string().trim().toUpperCase().refine(isCurrencyCode, "currency_invalid");

/** Adds "too many decimals" / "more than allowed" issues for an amount in a known currency. */
export function checkAmount(ctx: z.RefinementCtx, path: string[], amount: string | undefined, currency: string, max?: string | null) {
  if (!amount || tryParseAmount(amount) === null) return;
  if (!hasValidPrecision(amount, currency)) ctx.addIssue({ code: "custom", path, message: "precision" });
  else if (max != null && compareAmounts(amount, max) > 0) ctx.addIssue({ code: "custom", path, message: "amount_too_high" });
}

const metadataText = z
  .string()
  .trim()
  .max(2000, "too_long")
  .refine((v) => v === "" || isJsonObject(v), "metadata_invalid")
  .refine((v) => new TextEncoder().encode(v).length <= 512, "metadata_too_long");

function isJsonObject(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

const billingSchema = z.object({
  first_name: z.string().trim().min(1, "required").max(50, "too_long"),
  last_name: z.string().trim().min(1, "required").max(50, "too_long"),
  email: z.email("email"),
  phone_number: z.string().trim().max(30, "too_long"),
  address: z.object({
    country_code: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, "country_invalid"),
    state: z.string().trim().max(50, "too_long"),
    city: z.string().trim().min(1, "required").max(50, "too_long"),
    street: z.string().trim().min(1, "required").max(200, "too_long"),
    postcode: z.string().trim().min(1, "required").max(20, "too_long"),
  }),
});

/** The card a payment is made with. PAN and CVC stop at the action: only brand/last4 are kept. */
export const cardPaymentSchema = z.object({
  card_name: z.string().trim().min(1, "required").max(100, "too_long"),
  card_number: z.string().transform((v) => v.replace(/[\s-]/g, "")).pipe(z.string().regex(/^\d{12,19}$/, "card_number_invalid")),
  expiry_month: z.string().trim().regex(/^(0[1-9]|1[0-2])$/, "expiry_month_invalid"),
  expiry_year: z.string().trim().regex(/^20\d{2}$/, "expiry_year_invalid"),
  cvc: z.string().trim().regex(/^\d{3,4}$/, "cvc_invalid"),
  network: z.enum(CARD_NETWORKS),
  billing: billingSchema,
  auto_capture: z.boolean(),
  authorization_type: z.enum(["authorization", "pre_authorization"]),
  three_ds_action: z.enum(["skip_3ds", "enforce_3ds"]),
});
export type CardPaymentInput = z.input<typeof cardPaymentSchema>;

/** What 3DS needs from the payer's browser (api-reference §4.2); collected in the browser itself. */
export const browserInfoSchema = z.object({
  accept_header: z.string().max(500),
  language: z.string().max(35),
  screen_color_depth: z.number().int().min(1).max(48),
  screen_height: z.number().int().min(1).max(100_000),
  screen_width: z.number().int().min(1).max(100_000),
  timezone: z.string().max(10),
  browser: z.object({ java_enabled: z.boolean(), javascript_enabled: z.boolean(), user_agent: z.string().max(1000) }),
});
export type BrowserInfo = z.infer<typeof browserInfoSchema>;

// The card block is always in the form's values (switching methods keeps what was typed), so it
// is validated only when the card is the chosen method.
const methodFields = {
  card: z.unknown().optional(),
  payment_code: z.string().trim().optional(),
  browser_info: browserInfoSchema.optional(),
};
type MethodValues = { method: string; card?: unknown; payment_code?: string };

function checkMethod(v: MethodValues, ctx: z.RefinementCtx) {
  if (v.method === "card") {
    const card = cardPaymentSchema.safeParse(v.card ?? {});
    if (!card.success) for (const issue of card.error.issues) ctx.addIssue({ code: "custom", path: ["card", ...issue.path.map(String)], message: issue.message });
  }
  if (v.method === "alipaycn_payment_code" && !/^\d{16,24}$/.test(v.payment_code ?? "")) {
    ctx.addIssue({ code: "custom", path: ["payment_code"], message: "payment_code_invalid" });
  }
}

export const createPaymentIntentSchema = z
  .object({
    operationId: operationIdField,
    amount: amountText,
    currency: currencyText,
    merchant_order_id: z.string().trim().min(1, "required").max(36, "too_long"),
    description: z.string().trim().min(1, "required").max(32, "too_long"),
    // UQPAY sends the payer's browser here after 3DS or a wallet: a javascript: or data: URL would run there.
    return_url: z.url({ protocol: /^https?$/, message: "url" }).max(1024, "too_long"),
    metadata: metadataText,
    method: z.enum(CREATE_METHOD_KINDS),
    ...methodFields,
  })
  .superRefine((v, ctx) => {
    checkAmount(ctx, ["amount"], v.amount, v.currency);
    checkMethod(v, ctx);
  });
export type CreatePaymentIntentInput = z.input<typeof createPaymentIntentSchema>;

export const confirmPaymentIntentSchema = z
  .object({ operationId: operationIdField, payment_intent_id: paymentIntentIdField, method: z.enum(PAYMENT_METHOD_KINDS), ...methodFields })
  .superRefine(checkMethod);
export type ConfirmPaymentIntentInput = z.input<typeof confirmPaymentIntentSchema>;

export const updatePaymentIntentSchema = z
  .object({ operationId: operationIdField, payment_intent_id: paymentIntentIdField, amount: amountText, currency: currencyText })
  .superRefine((v, ctx) => checkAmount(ctx, ["amount"], v.amount, v.currency));
export type UpdatePaymentIntentInput = z.input<typeof updatePaymentIntentSchema>;

/** Blank captures the full authorised amount; the form and the action check it against the intent. */
export const capturePaymentIntentBaseSchema = z.object({
  operationId: operationIdField,
  payment_intent_id: paymentIntentIdField,
  amount_to_capture: z.string().trim().refine((v) => v === "" || (tryParseAmount(v) !== null && isPositive(v)), "amount_invalid"),
});
export function capturePaymentIntentSchema(currency: string, max: string | null) {
  return capturePaymentIntentBaseSchema.superRefine((v, ctx) => checkAmount(ctx, ["amount_to_capture"], v.amount_to_capture, currency, max));
}
export type CapturePaymentIntentInput = z.input<typeof capturePaymentIntentBaseSchema>;

export const cancelPaymentIntentSchema = z.object({
  operationId: operationIdField,
  payment_intent_id: paymentIntentIdField,
  cancellation_reason: z.enum(CANCELLATION_REASONS),
});
export type CancelPaymentIntentInput = z.input<typeof cancelPaymentIntentSchema>;

/** Several partial refunds may follow each other while their sum stays within the captured amount. */
export const refundPaymentBaseSchema = z.object({
  operationId: operationIdField,
  payment_intent_id: paymentIntentIdField,
  amount: amountText,
  reason: z.string().trim().min(1, "required").max(100, "too_long"),
});
export function refundPaymentSchema(currency: string, remaining: string | null) {
  return refundPaymentBaseSchema.superRefine((v, ctx) => checkAmount(ctx, ["amount"], v.amount, currency, remaining));
}
export type RefundPaymentInput = z.input<typeof refundPaymentBaseSchema>;
