import { z } from "zod";
import { operationIdField } from "./operation";
import { checkAmount, requiredPositiveAmount } from "./card-fields";

const cardId = z.uuid("invalid");

export const freezeCardSchema = z.object({
  operationId: operationIdField,
  card_id: cardId,
  update_reason: z.string().trim().min(1, "reason_required").max(100, "too_long"),
});
export type FreezeCardInput = z.input<typeof freezeCardSchema>;

export const unfreezeCardSchema = z.object({ operationId: operationIdField, card_id: cardId });

export const cancelCardSchema = z.object({
  operationId: operationIdField,
  card_id: cardId,
  update_reason: z.string().trim().max(100, "too_long").default(""),
});

/**
 * Recharge / withdraw. The form passes the card's currency and the balance the money comes from
 * (the card's for a withdrawal, the issuing balance for a recharge), so precision and "more than
 * there is" are caught before submitting; the action re-checks both against UQPAY's figures.
 */
export const cardFundsBaseSchema = z.object({ operationId: operationIdField, card_id: cardId, amount: requiredPositiveAmount });
export function cardFundsSchema(currency: string, max?: string | null, source: "card" | "issuing" = "card") {
  const over = source === "card" ? "amount_over_balance" : "amount_over_issuing";
  return cardFundsBaseSchema.superRefine((v, ctx) => checkAmount(ctx, ["amount"], v.amount, currency, max, over));
}
export type CardFundsInput = z.input<typeof cardFundsBaseSchema>;

export const revealCardSchema = z.object({ card_id: cardId });

export const simulateAuthorizationSchema = z
  .object({
    operationId: operationIdField,
    card_id: cardId,
    transaction_amount: requiredPositiveAmount,
    transaction_currency: z.string().trim().regex(/^[A-Z]{3}$/, "invalid"),
    merchant_name: z.string().trim().min(1, "required").max(100, "too_long"),
    merchant_category_code: z.string().trim().regex(/^\d{4}$/, "mcc_format").default("5734"),
  })
  .superRefine((v, ctx) => checkAmount(ctx, ["transaction_amount"], v.transaction_amount, v.transaction_currency));
export type SimulateAuthorizationInput = z.input<typeof simulateAuthorizationSchema>;

export const simulateReversalSchema = z.object({ operationId: operationIdField, card_id: cardId, transaction_id: z.string().trim().min(1, "required") });
