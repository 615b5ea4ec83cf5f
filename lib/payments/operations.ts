import "server-only";
import { ActionError } from "@/lib/actions/server-action";
import type { CurrentUser } from "@/lib/auth/session";
import { isKnownOperation } from "@/lib/cards/operations";
import { activeUqpay } from "@/lib/connections";
import type { DB } from "@/lib/db/client";
import type { Summary } from "@/lib/operations/ledger";
import { runOperation } from "@/lib/operations/run";
import type { PaymentIntent, UqpayClient } from "@/lib/uqpay";
import { getPaymentDetail, type PaymentDetail } from "./data";
import type { PaymentAction } from "./status";
import { toIntentView, type IntentView } from "./view";

type Ctx = { user: CurrentUser; db: DB };
type Client = Awaited<ReturnType<typeof activeUqpay>>;

export type PaymentMutationResult = { intent: IntentView | null; summary: Summary; replayed: boolean };

/**
 * Loads the payment an action is about to change and refuses what its state does not allow (the
 * page offers only allowed actions; this is the server's own check). A retry of a started
 * operation skips the check: its first attempt may already have moved the state on.
 */
export async function paymentForAction(ctx: Ctx, paymentIntentId: string, operationId: string, action: PaymentAction): Promise<PaymentDetail> {
  const detail = await getPaymentDetail(paymentIntentId, { complete: true });
  if (!(await isKnownOperation(ctx.db, operationId)) && !detail.actions.includes(action)) {
    throw new ActionError("payment_action_not_allowed");
  }
  return detail;
}

export const intentSummary = (pi: PaymentIntent): Summary => ({
  payment_intent_id: pi.payment_intent_id,
  intent_status: pi.intent_status ?? null,
  amount: pi.amount ?? null,
  currency: pi.currency ?? null,
  captured_amount: pi.captured_amount ?? null,
  attempt_status: pi.latest_payment_attempt?.attempt_status ?? null,
  failure_code: pi.latest_payment_attempt?.failure_code ?? null,
});

/**
 * One ledgered acquiring mutation: the form's operation id carries the idempotency key, the audit
 * row is written by runOperation, and the intent is re-read so the page shows UQPAY's answer.
 * `request` is only fingerprinted; pass a redacted request when it holds card data.
 */
export async function paymentMutation<T>(
  ctx: Ctx,
  spec: { operationId: string; kind: string; target?: string; request: unknown; requestSummary: Summary },
  call: (uqpay: UqpayClient, idempotencyKey: string) => Promise<T>,
  summarize: (result: T) => { summary: Summary; target?: string },
  client?: Client,
): Promise<PaymentMutationResult & { target: string | null }> {
  const { connection, uqpay } = client ?? (await activeUqpay());
  const op = await runOperation(
    ctx.db,
    ctx.user,
    { operationId: spec.operationId, connectionId: connection.id, kind: spec.kind, request: spec.request, target: spec.target, requestSummary: spec.requestSummary },
    (key) => call(uqpay, key),
    summarize,
  );
  const target = (op.summary.payment_intent_id as string | undefined) ?? spec.target ?? null;
  let intent: IntentView | null = null;
  if (target) {
    try {
      intent = toIntentView(await uqpay.acquiring.paymentIntents.retrieve(target));
    } catch {
      intent = null;
    }
  }
  return { intent, summary: op.summary, replayed: op.replayed, target };
}
