"use server";

import { revalidatePath } from "next/cache";
import { ActionError, fieldErrorsOf, serverAction } from "@/lib/actions/server-action";
import { cleanRequiredFields, issueResultOf, type IssueResult } from "@/lib/cards/issue";
import { refreshCard } from "@/lib/cards/operations";
import { activeUqpay } from "@/lib/connections";
import { listIssueProducts } from "@/lib/data/card-issuing";
import { buildRequiredFields } from "@/lib/required-fields";
import { runOperation } from "@/lib/operations/run";
import { metadataRecord, riskControlsWire, spendingWire } from "@/lib/schemas/card-fields";
import { expiryAt, issueCardSchema } from "@/lib/schemas/cards";
import type { CreateCardParams } from "@/lib/uqpay";

/** One-step: the cardholder fields are checked by the same product schema the form used. */
async function oneStepFields(productId: string, raw: Record<string, unknown>): Promise<Record<string, unknown>> {
  const product = (await listIssueProducts()).find((p) => p.productId === productId);
  if (!product) return cleanRequiredFields(raw);
  const parsed = buildRequiredFields(product.requiredFields).schema.safeParse(raw);
  if (!parsed.success) {
    const errors = fieldErrorsOf(parsed.error);
    throw new ActionError("invalid_input", Object.fromEntries(Object.entries(errors).map(([k, v]) => [`cardholder_required_fields.${k}`, v])));
  }
  return cleanRequiredFields(parsed.data);
}

/**
 * Issues one card through the operations ledger: the form's operationId is the idempotency
 * anchor, so a double click or a retry after a lost response issues ONE card.
 */
export const issueCard = serverAction({ name: "card.create", role: "operator", schema: issueCardSchema }, async (input, { user, db }): Promise<IssueResult> => {
  const { connection, uqpay } = await activeUqpay();
  const holderFields = input.mode === "one_step" ? await oneStepFields(input.card_product_id, input.cardholder_required_fields) : cleanRequiredFields(input.cardholder_required_fields);
  const common = {
    card_product_id: input.card_product_id,
    card_currency: input.card_currency,
    card_limit: input.card_limit || undefined,
    name_on_card: input.name_on_card || undefined,
    spending_controls: input.spending_controls.some((s) => s.amount) ? spendingWire(input.spending_controls) : undefined,
    risk_controls: riskControlsWire(input.risk_controls),
    metadata: input.metadata.some((m) => m.key) ? metadataRecord(input.metadata) : undefined,
    usage_type: input.usage_type,
    auto_cancel_trigger: input.usage_type === "ONE_TIME" && input.auto_cancel_trigger ? input.auto_cancel_trigger : undefined,
    expiry_at: expiryAt(input.expiry_date),
  };
  const params: CreateCardParams =
    input.mode === "two_step"
      ? { ...common, cardholder_id: input.cardholder_id, cardholder_required_fields: Object.keys(holderFields).length ? holderFields : undefined }
      : { ...common, cardholder_required_fields: holderFields };
  const op = await runOperation(
    db,
    user,
    {
      operationId: input.operationId,
      connectionId: connection.id,
      kind: "card.create",
      request: params,
      // Cardholder data is personal: the summary names which fields were sent, not their values.
      requestSummary: {
        mode: input.mode,
        card_product_id: input.card_product_id,
        card_currency: input.card_currency,
        card_limit: input.card_limit || null,
        cardholder_id: input.mode === "two_step" ? input.cardholder_id : null,
        cardholder_fields: input.mode === "one_step" ? Object.keys(holderFields) : undefined,
      },
    },
    (key) => uqpay.issuing.cards.create(params, { idempotencyKey: key }),
    (result) => ({ summary: issueResultOf(result), target: result.card_id }),
  );
  const result = op.summary as IssueResult;
  await refreshCard(db, connection.id, uqpay, result.card_id);
  revalidatePath("/cards");
  return { ...result, replayed: op.replayed };
});
