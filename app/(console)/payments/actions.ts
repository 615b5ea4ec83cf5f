"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { serverAction } from "@/lib/actions/server-action";
import { intentSummary, paymentMutation } from "@/lib/payments/operations";
import { methodSummary, paymentMethodWire, threeDsContext } from "@/lib/payments/wire";
import { createPaymentIntentSchema } from "@/lib/schemas/payments";

/**
 * Creates an intent; with a payment method UQPAY confirms it at once ("direct payment", seed 003).
 * The answer may carry a next action (3DS page, QR code) the form follows.
 */
export const createPaymentIntent = serverAction({ name: "payment_intent.create", role: "operator", schema: createPaymentIntentSchema }, async (input, ctx) => {
  const { wire, redacted, threeDs } = paymentMethodWire(input);
  const context = threeDs ? threeDsContext(input.browser_info, await headers()) : {};
  const base = {
    amount: input.amount,
    currency: input.currency,
    merchant_order_id: input.merchant_order_id,
    description: input.description,
    return_url: input.return_url,
    metadata: input.metadata ? (JSON.parse(input.metadata) as Record<string, unknown>) : {},
  };
  const result = await paymentMutation(
    ctx,
    {
      operationId: input.operationId,
      kind: "payment_intent.create",
      request: { ...base, payment_method: redacted },
      requestSummary: { amount: base.amount, currency: base.currency, merchant_order_id: base.merchant_order_id, ...methodSummary(redacted) },
    },
    (uqpay, key) => uqpay.acquiring.paymentIntents.create({ ...base, ...(wire ? { payment_method: wire } : {}), ...context }, { idempotencyKey: key }),
    (pi) => ({ summary: intentSummary(pi), target: pi.payment_intent_id }),
  );
  revalidatePath("/payments");
  return result;
});
