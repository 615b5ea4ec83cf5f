"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { ActionError, fieldErrorsOf, serverAction } from "@/lib/actions/server-action";
import { intentSummary, paymentForAction, paymentMutation } from "@/lib/payments/operations";
import { methodSummary, paymentMethodWire, threeDsContext } from "@/lib/payments/wire";
import {
  cancelPaymentIntentSchema,
  capturePaymentIntentBaseSchema,
  capturePaymentIntentSchema,
  confirmPaymentIntentSchema,
  refundPaymentBaseSchema,
  refundPaymentSchema,
  updatePaymentIntentSchema,
} from "@/lib/schemas/payments";

const refresh = (id: string) => {
  revalidatePath(`/payments/${id}`);
  revalidatePath("/payments");
};

const intentResult = (pi: Parameters<typeof intentSummary>[0]) => ({ summary: intentSummary(pi), target: pi.payment_intent_id });

/** Confirms a REQUIRES_PAYMENT_METHOD intent with a card or a wallet (also the retry after a decline). */
export const confirmPaymentIntent = serverAction({ name: "payment_intent.confirm", role: "operator", schema: confirmPaymentIntentSchema }, async (input, ctx) => {
  const id = input.payment_intent_id;
  await paymentForAction(ctx, id, input.operationId, "confirm");
  const { wire, redacted, threeDs } = paymentMethodWire(input);
  const context = threeDs ? threeDsContext(input.browser_info, await headers()) : {};
  const result = await paymentMutation(
    ctx,
    { operationId: input.operationId, kind: "payment_intent.confirm", target: id, request: { id, payment_method: redacted }, requestSummary: methodSummary(redacted) },
    (uqpay, key) => uqpay.acquiring.paymentIntents.confirm(id, { payment_method: wire, ...context }, { idempotencyKey: key }),
    intentResult,
  );
  refresh(id);
  return result;
});

/** Amount and currency may change until the first confirm (seed 003). */
export const updatePaymentIntent = serverAction({ name: "payment_intent.update", role: "operator", schema: updatePaymentIntentSchema }, async (input, ctx) => {
  const id = input.payment_intent_id;
  await paymentForAction(ctx, id, input.operationId, "update");
  const request = { amount: input.amount, currency: input.currency };
  const result = await paymentMutation(
    ctx,
    { operationId: input.operationId, kind: "payment_intent.update", target: id, request: { id, ...request }, requestSummary: request },
    (uqpay, key) => uqpay.acquiring.paymentIntents.update(id, request, { idempotencyKey: key }),
    intentResult,
  );
  refresh(id);
  return result;
});

/** Full (blank amount) or partial capture of a REQUIRES_CAPTURE intent, never above what was authorised. */
export const capturePaymentIntent = serverAction({ name: "payment_intent.capture", role: "operator", schema: capturePaymentIntentBaseSchema }, async (input, ctx) => {
  const id = input.payment_intent_id;
  const { intent } = await paymentForAction(ctx, id, input.operationId, "capture");
  const authorised = intent.latestAttempt?.amount ?? intent.amount;
  const checked = capturePaymentIntentSchema(intent.currency, authorised).safeParse(input);
  if (!checked.success) throw new ActionError("invalid_input", fieldErrorsOf(checked.error));
  const request = input.amount_to_capture ? { amount_to_capture: input.amount_to_capture } : {};
  const result = await paymentMutation(
    ctx,
    { operationId: input.operationId, kind: "payment_intent.capture", target: id, request: { id, ...request }, requestSummary: { ...request, currency: intent.currency, full: !input.amount_to_capture } },
    (uqpay, key) => uqpay.acquiring.paymentIntents.capture(id, request, { idempotencyKey: key }),
    intentResult,
  );
  refresh(id);
  return result;
});

export const cancelPaymentIntent = serverAction({ name: "payment_intent.cancel", role: "operator", schema: cancelPaymentIntentSchema }, async (input, ctx) => {
  const id = input.payment_intent_id;
  await paymentForAction(ctx, id, input.operationId, "cancel");
  const request = { cancellation_reason: input.cancellation_reason };
  const result = await paymentMutation(
    ctx,
    { operationId: input.operationId, kind: "payment_intent.cancel", target: id, request: { id, ...request }, requestSummary: request },
    (uqpay, key) => uqpay.acquiring.paymentIntents.cancel(id, request, { idempotencyKey: key }),
    intentResult,
  );
  refresh(id);
  return result;
});

/** A full or partial refund of a SUCCEEDED intent; the sum of refunds stays within the captured amount. */
export const refundPayment = serverAction({ name: "refund.create", role: "operator", schema: refundPaymentBaseSchema }, async (input, ctx) => {
  const id = input.payment_intent_id;
  const detail = await paymentForAction(ctx, id, input.operationId, "refund");
  const checked = refundPaymentSchema(detail.intent.currency, detail.refundable).safeParse(input);
  if (!checked.success) {
    const over = checked.error.issues.some((i) => i.message === "amount_too_high");
    throw new ActionError(over ? "refund_exceeds_remaining" : "invalid_input", fieldErrorsOf(checked.error));
  }
  const request = { payment_intent_id: id, amount: input.amount, reason: input.reason };
  const result = await paymentMutation(
    ctx,
    { operationId: input.operationId, kind: "refund.create", target: id, request, requestSummary: { ...request, currency: detail.intent.currency } },
    (uqpay, key) => uqpay.acquiring.refunds.create(request, { idempotencyKey: key }),
    (refund) => ({
      summary: { payment_refund_id: refund.payment_refund_id, payment_intent_id: id, refund_status: refund.refund_status ?? null, amount: refund.amount ?? input.amount },
      target: id,
    }),
  );
  refresh(id);
  return result;
});
