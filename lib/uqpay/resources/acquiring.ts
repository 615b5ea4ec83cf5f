import "server-only";
import { hasValidPrecision } from "@/lib/money";
import { clientValidationError } from "../errors";
import {
  type CancellationReason,
  type IntentStatus,
  paymentAttempt,
  paymentAttemptPage,
  paymentIntent,
  paymentIntentPage,
  refund,
  refundPage,
} from "../schemas/acquiring";
import {
  acquiringAmount,
  acquiringPaging,
  type AmountInput,
  callSpec,
  type CallOptions,
  compact,
  type PageParams,
  pathId,
  type Transport,
} from "./shared";

/** `{type: "card", card: {...}}`, `{type: "alipaycn", alipaycn: {flow, ...}}`, ... (seed 003). */
export type PaymentMethod = { type: string } & Record<string, unknown>;

type IntentFields = {
  customer_id?: string;
  customer?: Record<string, unknown>;
  payment_orders?: Record<string, unknown>;
  metadata?: Record<string, unknown>;
};

export type CreatePaymentIntentParams = IntentFields & {
  amount: AmountInput;
  currency: string;
  /** Not unique-checked by UQPAY: reusing it creates another intent. Idempotency is the key's job. */
  merchant_order_id: string;
  description: string;
  return_url: string;
  /** When present the intent is confirmed immediately ("direct payment"). */
  payment_method?: PaymentMethod;
  ip_address?: string;
  browser_info?: Record<string, unknown>;
};

export type UpdatePaymentIntentParams = IntentFields & {
  amount?: AmountInput;
  currency?: string;
  merchant_order_id?: string;
  description?: string;
  return_url?: string;
};

export type ConfirmPaymentIntentParams = {
  payment_method?: PaymentMethod;
  ip_address?: string;
  browser_info?: Record<string, unknown>;
  return_url?: string;
};

export type ListPaymentIntentsParams = PageParams & { payment_intent_status?: IntentStatus; start_time?: string; end_time?: string };
export type ListPaymentAttemptsParams = PageParams & { payment_intent_id?: string; attempt_status?: string };
export type ListRefundsParams = PageParams & {
  payment_intent_id?: string;
  merchant_order_id?: string;
  start_time?: string;
  end_time?: string;
};
export type CreateRefundParams = {
  payment_intent_id: string;
  amount: AmountInput;
  reason: string;
  payment_attempt_id?: string;
  metadata?: Record<string, unknown>;
};

function money(amount: AmountInput | undefined, currency: string | undefined, field: string) {
  if (amount === undefined) return undefined;
  const value = acquiringAmount(amount, field);
  if (currency && !hasValidPrecision(value, currency)) {
    throw clientValidationError(`${field} has more decimal places than ${currency.toUpperCase()} allows.`);
  }
  return value;
}

function list<P extends PageParams>(params: P) {
  const { page_size, page_number, ...filters } = params;
  return { ...acquiringPaging({ page_size, page_number }), ...filters };
}

export function paymentIntentsResource(request: Transport) {
  const intentPath = (id: string) => `/v2/payment_intents/${pathId(id, "payment_intent_id")}`;
  return {
    create: async (params: CreatePaymentIntentParams, opts?: CallOptions) =>
      request(
        {
          method: "POST",
          path: "/v2/payment_intents/create",
          body: compact({ ...params, amount: money(params.amount, params.currency, "amount") }),
          ...callSpec(opts),
        },
        paymentIntent,
      ),
    // GO/JAVA/CLI spell the filters payment_intent_status/start_time/end_time (NODE differs).
    list: async (params: ListPaymentIntentsParams = {}, opts?: CallOptions) =>
      request({ method: "GET", path: "/v2/payment_intents", query: list(params), ...callSpec(opts) }, paymentIntentPage),
    retrieve: async (id: string, opts?: CallOptions) => request({ method: "GET", path: intentPath(id), ...callSpec(opts) }, paymentIntent),
    update: async (id: string, params: UpdatePaymentIntentParams, opts?: CallOptions) =>
      request(
        {
          method: "POST",
          path: intentPath(id),
          body: compact({ ...params, amount: money(params.amount, params.currency, "amount") }),
          ...callSpec(opts),
        },
        paymentIntent,
      ),
    confirm: async (id: string, params: ConfirmPaymentIntentParams = {}, opts?: CallOptions) =>
      request({ method: "POST", path: `${intentPath(id)}/confirm`, body: compact(params), ...callSpec(opts) }, paymentIntent),
    /**
     * Only from REQUIRES_CAPTURE; omit the amount to capture in full. SDKs disagree on the type of
     * amount_to_capture (string vs number); we follow the acquiring rule of decimal strings.
     */
    capture: async (id: string, params: { amount_to_capture?: AmountInput } = {}, opts?: CallOptions) =>
      request(
        {
          method: "POST",
          path: `${intentPath(id)}/capture`,
          body: compact({ amount_to_capture: money(params.amount_to_capture, undefined, "amount_to_capture") }),
          ...callSpec(opts),
        },
        paymentIntent,
      ),
    cancel: async (id: string, params: { cancellation_reason?: CancellationReason } = {}, opts?: CallOptions) =>
      request({ method: "POST", path: `${intentPath(id)}/cancel`, body: compact(params), ...callSpec(opts) }, paymentIntent),
  };
}

export function paymentAttemptsResource(request: Transport) {
  return {
    list: async (params: ListPaymentAttemptsParams = {}, opts?: CallOptions) =>
      request({ method: "GET", path: "/v2/payment/payment_attempts", query: list(params), ...callSpec(opts) }, paymentAttemptPage),
    retrieve: async (id: string, opts?: CallOptions) =>
      request({ method: "GET", path: `/v2/payment/payment_attempts/${pathId(id, "attempt_id")}`, ...callSpec(opts) }, paymentAttempt),
  };
}

export function refundsResource(request: Transport) {
  return {
    create: async (params: CreateRefundParams, opts?: CallOptions) =>
      request(
        {
          method: "POST",
          path: "/v2/payment/refunds",
          body: compact({ ...params, amount: money(params.amount, undefined, "amount") }),
          ...callSpec(opts),
        },
        refund,
      ),
    list: async (params: ListRefundsParams = {}, opts?: CallOptions) =>
      request({ method: "GET", path: "/v2/payment/refunds", query: list(params), ...callSpec(opts) }, refundPage),
    retrieve: async (id: string, opts?: CallOptions) =>
      request({ method: "GET", path: `/v2/payment/refunds/${pathId(id, "payment_refund_id")}`, ...callSpec(opts) }, refund),
  };
}
