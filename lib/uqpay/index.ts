import "server-only";

// Public surface of the UQPAY client. Import from "@/lib/uqpay" rather than deep paths.
export {
  createUqpayClient,
  isProductionBaseUrl,
  UQPAY_PRODUCTION_BASE_URL,
  UQPAY_SANDBOX_BASE_URL,
  type UqpayClient,
  type UqpayClientOptions,
  type RawRequest,
  type UqpayConnection,
} from "./client";
export { isUqpayError, type MissingField, outcomeOf, UqpayError, type UqpayOutcome } from "./errors";
export {
  CATALOGUED_CODES,
  CATALOGUED_MESSAGES,
  type Guidance,
  type GuidanceLocale,
  guidanceEntryForCode,
  guidanceEntryForMessage,
  guidanceFor,
} from "./guidance";
export type { RequestEvent, ResponseEvent } from "./http";
export type { Clock, RetryPolicy } from "./retry";
export { sharedTokenCache, TokenCache } from "./token";
export type { AmountInput, CallOptions, PageParams } from "./resources/shared";
export type { CreateCardholderParams, UpdateCardholderParams, ListCardholdersParams } from "./resources/cardholders";
export type { CreateCardParams, ListCardsParams, UpdateCardParams } from "./resources/cards";
export type {
  CreatePaymentIntentParams,
  CreateRefundParams,
  ConfirmPaymentIntentParams,
  UpdatePaymentIntentParams,
} from "./resources/acquiring";
export { isKnown, type Page } from "./schemas/common";
// Wire types and the known values of each open enum (unknown values still parse; see isKnown).
export {
  CARDHOLDER_STATUSES,
  IDV_STATUSES,
  KYC_LEVELS,
  MODE_TYPES,
  PRODUCT_STATUSES,
  type Cardholder,
  type CardholderResult,
  type CardholderStatus,
  type Product,
  type RequiredField,
} from "./schemas/issuing-cardholders";
export {
  CARD_STATUSES,
  FORM_FACTORS,
  ORDER_STATUSES,
  ORDER_TYPES,
  SETTABLE_CARD_STATUSES,
  SPENDING_INTERVALS,
  type Card,
  type CardOrder,
  type CardOrderAck,
  type CardStatus,
  type CreateCardResult,
  type PanToken,
  type SecureCardDetails,
  type SettableCardStatus,
} from "./schemas/issuing-cards";
export {
  BALANCE_STATUSES,
  BALANCE_TRANSACTION_STATUSES,
  BALANCE_TRANSACTION_TYPES,
  CARD_TRANSACTION_STATUSES,
  CARD_TRANSACTION_TYPES,
  type BalanceTransaction,
  type CardTransaction,
  type IssuingBalance,
} from "./schemas/issuing-ledger";
export {
  ATTEMPT_STATUSES,
  CANCELLATION_REASONS,
  INTENT_STATUSES,
  REFUND_STATUSES,
  type CancellationReason,
  type IntentStatus,
  type PaymentAttempt,
  type PaymentIntent,
  type Refund,
} from "./schemas/acquiring";
