import { z } from "zod";
import { operationIdField } from "./operation";
import {
  amountText,
  CARD_CURRENCY_RE,
  checkAmount,
  metadataField,
  riskControlsField,
  spendingControlsField,
} from "./card-fields";

export const USAGE_TYPES = ["NORMAL", "ONE_TIME"] as const;
export const AUTO_CANCEL_TRIGGERS = ["ON_AUTH", "ON_CAPTURE"] as const;
export const ISSUE_MODES = ["two_step", "one_step"] as const;

/** YYYY-MM-DD from a date input, in the future. */
const expiryDate = z
  .string()
  .trim()
  .refine((v) => v === "" || (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`))), "invalid")
  .default("");

/**
 * Issue a card, two-step (an existing cardholder_id) or one-step (the cardholder's data in
 * cardholder_required_fields, shaped by the product's required_fields; seed 001).
 */
export const issueCardSchema = z
  .object({
    operationId: operationIdField,
    mode: z.enum(ISSUE_MODES).default("two_step"),
    cardholder_id: z.string().trim().default(""),
    card_product_id: z.uuid("required"),
    card_currency: z.string().trim().regex(CARD_CURRENCY_RE, "required"),
    card_limit: amountText.default(""),
    name_on_card: z.string().trim().max(26, "too_long").default(""),
    spending_controls: spendingControlsField,
    risk_controls: riskControlsField.default({ allow_3ds_transactions: "Y", mcc_mode: "none", mcc_list: "" }),
    metadata: metadataField,
    usage_type: z.enum(USAGE_TYPES).default("NORMAL"),
    auto_cancel_trigger: z.union([z.enum(AUTO_CANCEL_TRIGGERS), z.literal("")]).default(""),
    expiry_date: expiryDate,
    cardholder_required_fields: z.record(z.string(), z.unknown()).default({}),
  })
  .superRefine((v, ctx) => {
    if (v.mode === "two_step" && !z.uuid().safeParse(v.cardholder_id).success) {
      ctx.addIssue({ code: "custom", path: ["cardholder_id"], message: "cardholder_required" });
    }
    if (v.usage_type === "ONE_TIME" && !v.auto_cancel_trigger) {
      ctx.addIssue({ code: "custom", path: ["auto_cancel_trigger"], message: "required" });
    }
    checkAmount(ctx, ["card_limit"], v.card_limit, v.card_currency);
    v.spending_controls.forEach((s, i) => checkAmount(ctx, ["spending_controls", i, "amount"], s.amount, v.card_currency));
  });
export type IssueCardInput = z.input<typeof issueCardSchema>;
export type IssueCardValues = z.output<typeof issueCardSchema>;

/** Update limits, spending and risk controls and metadata (UQPAY: card_limit not on SINGLE cards). */
export const updateCardSchema = z
  .object({
    operationId: operationIdField,
    card_id: z.uuid("invalid"),
    card_currency: z.string().trim().regex(CARD_CURRENCY_RE, "invalid"),
    card_limit: amountText.default(""),
    spending_controls: spendingControlsField,
    risk_controls: riskControlsField.default({ allow_3ds_transactions: "Y", mcc_mode: "none", mcc_list: "" }),
    metadata: metadataField,
  })
  .superRefine((v, ctx) => {
    checkAmount(ctx, ["card_limit"], v.card_limit, v.card_currency);
    v.spending_controls.forEach((s, i) => checkAmount(ctx, ["spending_controls", i, "amount"], s.amount, v.card_currency));
  });
export type UpdateCardInput = z.input<typeof updateCardSchema>;

/** The expiry date as UQPAY's ISO-8601 timestamp: the end of that day in UTC. */
export function expiryAt(date: string): string | undefined {
  return date ? `${date}T23:59:59+00:00` : undefined;
}
