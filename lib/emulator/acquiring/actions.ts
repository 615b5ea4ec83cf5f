import type { Ctx } from "../core/context";
import { readAmount } from "./amounts";
import { cancel, capture, startAttempt } from "./engine";
import { captureExceedsAuthorized, invalidIntentStatus, invalidParam } from "./errors";
import { readText } from "./input";
import { readMethodFor, viewOf } from "./intents";
import { loadAttempt, requireIntent, updateIntent } from "./store";
import { ctxTx } from "./tx";
import { dec } from "../core/money";

// Confirm / capture / cancel (api-reference 4.3). Each checks the intent's status first, so a
// second confirm, a capture of a SUCCEEDED intent or a cancel after payment are payment_errors.

const CANCELLABLE = ["REQUIRES_PAYMENT_METHOD", "REQUIRES_CUSTOMER_ACTION", "REQUIRES_CAPTURE"];
const REASONS = ["duplicate", "fraudulent", "requested_by_customer", "abandoned"];

export async function confirmIntent(ctx: Ctx) {
  let intent = await requireIntent(ctx.sql, ctx.account.account_id, ctx.params.id);
  if (intent.status !== "REQUIRES_PAYMENT_METHOD") throw invalidIntentStatus(intent.status, "confirmed");
  if (ctx.body.payment_method === undefined || ctx.body.payment_method === null) throw invalidParam("payment_method: is required");
  const method = readMethodFor(ctx);
  const returnUrl = readText(ctx.body.return_url, "return_url", 1024, false);
  if (returnUrl) intent = await updateIntent(ctx.sql, intent, { data: { return_url: returnUrl } }, ctx.now);
  return viewOf(ctx, await startAttempt(ctxTx(ctx), intent, method, returnUrl ?? null));
}

/** Full or partial capture of an authorisation; `amount_to_capture` as a string or a number. */
export async function captureIntent(ctx: Ctx) {
  const intent = await requireIntent(ctx.sql, ctx.account.account_id, ctx.params.id);
  if (intent.status !== "REQUIRES_CAPTURE") throw invalidIntentStatus(intent.status, "captured");
  const attempt = (await loadAttempt(ctx.sql, intent.latest_attempt_id))!;
  const raw = ctx.body.amount_to_capture;
  const amount = raw === undefined || raw === null || raw === "" ? dec(attempt.amount) : readAmount(raw, intent.currency, "amount_to_capture");
  if (amount.greaterThan(dec(attempt.amount))) throw captureExceedsAuthorized();
  return viewOf(ctx, await capture(ctxTx(ctx), intent, attempt, amount.toFixed()));
}

export async function cancelIntent(ctx: Ctx) {
  const intent = await requireIntent(ctx.sql, ctx.account.account_id, ctx.params.id);
  const reason = ctx.body.cancellation_reason;
  if (reason !== undefined && reason !== null && !REASONS.includes(reason as string)) {
    throw invalidParam(`cancellation_reason: must be one of ${REASONS.join(", ")}`);
  }
  if (!CANCELLABLE.includes(intent.status)) throw invalidIntentStatus(intent.status, "cancelled");
  const attempt = await loadAttempt(ctx.sql, intent.latest_attempt_id);
  return viewOf(ctx, await cancel(ctxTx(ctx), intent, attempt, (reason as string | undefined) ?? ""));
}
