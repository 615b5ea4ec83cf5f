import "server-only";
import { clientValidationError } from "../errors";
import {
  card,
  cardOrder,
  cardOrderAck,
  cardPage,
  type CardStatus,
  createCardResult,
  panToken,
  secureCardDetails,
  type SettableCardStatus,
} from "../schemas/issuing-cards";
import {
  type AmountInput,
  callSpec,
  type CallOptions,
  compact,
  issuingAmount,
  issuingPaging,
  type PageParams,
  pathId,
  type Transport,
} from "./shared";

export type SpendingControl = { amount: AmountInput; interval: "PER_TRANSACTION" | (string & {}) };
export type RiskControls = {
  allow_3ds_transactions?: "Y" | "N";
  enable_3ds?: "Y" | "N";
  allowed_mcc?: string[];
  blocked_mcc?: string[];
};

type CardOptions = {
  card_currency: string;
  card_product_id: string;
  card_limit?: AmountInput;
  name_on_card?: string;
  spending_controls?: SpendingControl[];
  risk_controls?: RiskControls;
  metadata?: Record<string, string>;
  usage_type?: "NORMAL" | "ONE_TIME";
  auto_cancel_trigger?: "ON_AUTH" | "ON_CAPTURE";
  expiry_at?: string;
};

/**
 * Two-step: an existing cardholder_id (cardholder_required_fields may supplement missing KYC
 * fields). One-step: no cardholder_id; the cardholder is created from cardholder_required_fields,
 * whose keys come from the product's required_fields (seed 001).
 */
export type CreateCardParams =
  | (CardOptions & { cardholder_id: string; cardholder_required_fields?: Record<string, unknown> })
  | (CardOptions & { cardholder_id?: undefined; cardholder_required_fields: Record<string, unknown> });

export type UpdateCardParams = {
  /** Not allowed for SINGLE-mode cards. */
  card_limit?: AmountInput;
  no_pin_payment_amount?: AmountInput;
  spending_controls?: SpendingControl[];
  risk_controls?: RiskControls;
  metadata?: Record<string, string>;
};

export type ListCardsParams = PageParams & { card_number?: string; card_status?: CardStatus; cardholder_id?: string };

function spending(controls: SpendingControl[] | undefined) {
  return controls?.map((c, i) => ({ ...c, amount: issuingAmount(c.amount, `spending_controls[${i}].amount`, { allowZero: true }) }));
}

const optionalAmount = (value: AmountInput | undefined, field: string) =>
  value === undefined ? undefined : issuingAmount(value, field, { allowZero: true });

export function cardsResource(request: Transport) {
  const cardPath = (cardId: string) => `/v1/issuing/cards/${pathId(cardId, "card_id")}`;

  return {
    create: async (params: CreateCardParams, opts?: CallOptions) => {
      if (!params.cardholder_id && !params.cardholder_required_fields) {
        throw clientValidationError("Either cardholder_id or cardholder_required_fields is required.");
      }
      const body = compact({
        ...params,
        card_limit: optionalAmount(params.card_limit, "card_limit"),
        spending_controls: spending(params.spending_controls),
      });
      return request({ method: "POST", path: "/v1/issuing/cards", body, ...callSpec(opts) }, createCardResult);
    },

    list: async (params: ListCardsParams = {}, opts?: CallOptions) =>
      request(
        {
          method: "GET",
          path: "/v1/issuing/cards",
          query: {
            ...issuingPaging(params),
            card_number: params.card_number,
            card_status: params.card_status,
            cardholder_id: params.cardholder_id,
          },
          ...callSpec(opts),
        },
        cardPage,
      ),

    retrieve: async (cardId: string, opts?: CallOptions) => request({ method: "GET", path: cardPath(cardId), ...callSpec(opts) }, card),

    update: async (cardId: string, params: UpdateCardParams, opts?: CallOptions) => {
      const body = compact({
        ...params,
        card_limit: optionalAmount(params.card_limit, "card_limit"),
        no_pin_payment_amount: optionalAmount(params.no_pin_payment_amount, "no_pin_payment_amount"),
        spending_controls: spending(params.spending_controls),
      });
      return request({ method: "POST", path: cardPath(cardId), body, ...callSpec(opts) }, cardOrderAck);
    },

    /** FROZEN, ACTIVE (unfreeze) or CANCELLED (goes to PRE_CANCEL first; irreversible). */
    updateStatus: async (cardId: string, params: { card_status: SettableCardStatus; update_reason?: string }, opts?: CallOptions) =>
      request({ method: "POST", path: `${cardPath(cardId)}/status`, body: compact(params), ...callSpec(opts) }, cardOrderAck),

    /** Full PAN, CVV and expiry. Never log the result; needs a permission UQPAY grants (else 403 forbidden). */
    secureDetails: async (cardId: string, opts?: CallOptions) =>
      request({ method: "GET", path: `${cardPath(cardId)}/secure`, ...callSpec(opts) }, secureCardDetails),

    /** One-time token (60 s) for UQPAY's secure card iframe. */
    panToken: async (cardId: string, opts?: CallOptions) =>
      request({ method: "POST", path: `${cardPath(cardId)}/token`, body: {}, ...callSpec(opts) }, panToken),

    recharge: async (cardId: string, params: { amount: AmountInput }, opts?: CallOptions) =>
      request(
        { method: "POST", path: `${cardPath(cardId)}/recharge`, body: { amount: issuingAmount(params.amount, "amount") }, ...callSpec(opts) },
        cardOrder,
      ),

    withdraw: async (cardId: string, params: { amount: AmountInput }, opts?: CallOptions) =>
      request(
        { method: "POST", path: `${cardPath(cardId)}/withdraw`, body: { amount: issuingAmount(params.amount, "amount") }, ...callSpec(opts) },
        cardOrder,
      ),

    /** The path id is the card ORDER id (from create/recharge/withdraw), not the card id. */
    retrieveOrder: async (cardOrderId: string, opts?: CallOptions) =>
      request({ method: "GET", path: `/v1/issuing/cards/${pathId(cardOrderId, "card_order_id")}/order`, ...callSpec(opts) }, cardOrder),
  };
}
