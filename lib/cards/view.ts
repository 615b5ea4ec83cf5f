import { formatAmount, isAmount } from "@/lib/money-text";
import type { Card, CardTransaction } from "@/lib/uqpay";

// DTOs the pages and GET routes render: never a raw UQPAY payload. Amounts stay canonical
// decimal strings (lib/money) and are formatted only at display time.

export type CardholderRef = { id: string; name: string; email: string | null; status: string | null };

export type CardView = {
  cardId: string;
  maskedNumber: string | null;
  last4: string | null;
  cardBin: string | null;
  scheme: string | null;
  status: string;
  currency: string;
  mode: string | null;
  formFactor: string | null;
  productId: string | null;
  cardLimit: string | null;
  availableBalance: string | null;
  consumedAmount: string | null;
  noPinPaymentAmount: string | null;
  cardholder: CardholderRef | null;
  spendingControls: { amount: string | null; interval: string | null }[];
  riskControls: { allow3ds: string | null; allowedMcc: string[]; blockedMcc: string[] };
  metadata: Record<string, string>;
  updateReason: string | null;
  nameOnCard: string | null;
  usageType: string | null;
  createTime: string | null;
};

/** The last four digits of either masking UQPAY uses ("************5668" or "40963608****1764"). */
export function last4Of(cardNumber: string | null | undefined): string | null {
  const digits = /(\d{4})\s*$/.exec(cardNumber ?? "");
  return digits ? digits[1] : null;
}

const str = (v: unknown): string | null => (typeof v === "string" && v !== "" ? v : null);

function flatMetadata(value: Record<string, unknown> | null | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value ?? {})) {
    if (v !== null && v !== undefined) out[k] = typeof v === "string" ? v : JSON.stringify(v);
  }
  return out;
}

export function toCardView(card: Card): CardView {
  const holder = card.cardholder;
  const name = holder ? [holder.first_name, holder.last_name].filter(Boolean).join(" ") : "";
  return {
    cardId: card.card_id,
    maskedNumber: card.card_number ?? null,
    last4: last4Of(card.card_number),
    cardBin: card.card_bin ?? null,
    scheme: card.card_scheme ?? null,
    status: card.card_status ?? "UNKNOWN",
    currency: card.card_currency ?? "",
    mode: card.mode_type ?? null,
    formFactor: card.form_factor ?? null,
    productId: card.card_product_id ?? null,
    cardLimit: card.card_limit ?? null,
    availableBalance: card.available_balance ?? null,
    consumedAmount: card.consumed_amount ?? null,
    noPinPaymentAmount: card.no_pin_payment_amount === null || card.no_pin_payment_amount === undefined ? null : String(card.no_pin_payment_amount),
    cardholder: holder
      ? { id: holder.cardholder_id, name: name || holder.cardholder_id, email: holder.email ?? null, status: holder.cardholder_status ?? null }
      : null,
    spendingControls: (card.spending_controls ?? []).map((s) => ({ amount: s.amount ?? null, interval: s.interval ?? null })),
    riskControls: {
      allow3ds: card.risk_controls?.allow_3ds_transactions ?? card.risk_controls?.enable_3ds ?? null,
      allowedMcc: card.risk_controls?.allowed_mcc ?? [],
      blockedMcc: card.risk_controls?.blocked_mcc ?? [],
    },
    metadata: flatMetadata(card.metadata),
    updateReason: card.update_reason ?? null,
    nameOnCard: str(card.name_on_card),
    usageType: str(card.usage_type),
    createTime: card.create_time ?? null,
  };
}

export type CardTransactionView = {
  transactionId: string;
  originalTransactionId: string | null;
  type: string | null;
  status: string | null;
  amount: string | null;
  currency: string | null;
  merchantName: string | null;
  mcc: string | null;
  availableBalance: string | null;
  description: string | null;
  time: string | null;
};

export function toTransactionView(t: CardTransaction): CardTransactionView {
  return {
    transactionId: t.transaction_id,
    originalTransactionId: t.original_transaction_id || null,
    type: t.transaction_type ?? null,
    status: t.transaction_status ?? null,
    amount: t.transaction_amount ?? t.billing_amount ?? null,
    currency: t.transaction_currency ?? t.billing_currency ?? null,
    merchantName: t.merchant_data?.name ?? null,
    mcc: t.merchant_data?.category_code ?? null,
    availableBalance: t.card_available_balance ?? null,
    description: t.failure_reason || t.description || null,
    time: t.transaction_time ?? null,
  };
}

/** Approved authorisations that no reversal in the list points back to: the ones a reversal may target. */
export function reversibleAuthorizations(transactions: CardTransactionView[]): CardTransactionView[] {
  const reversed = new Set(transactions.filter((t) => t.type === "REVERSAL").map((t) => t.originalTransactionId));
  return transactions.filter((t) => t.type === "AUTHORIZATION" && t.status === "APPROVED" && !reversed.has(t.transactionId));
}

/** An authorisation the simulator can reverse, with its label in the reversal form (merchant · amount · time). */
export type ReversalChoice = { transactionId: string; label: string };

/**
 * The reversal form's choices, labelled on the server: the simulator's island then formats no
 * amount while it hydrates (a page's first Intl.NumberFormat costs about 30 ms of main thread).
 */
export function reversalChoices(transactions: CardTransactionView[], locale: string): ReversalChoice[] {
  return reversibleAuthorizations(transactions).map((a) => ({
    transactionId: a.transactionId,
    label: [a.merchantName, a.amount && a.currency && isAmount(a.amount) ? formatAmount(a.amount, a.currency, locale) : null, a.time].filter(Boolean).join(" · "),
  }));
}
