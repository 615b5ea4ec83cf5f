import type { Ctx } from "../core/context";
import { Where } from "../core/pagination";
import { listPage, readAcqPage } from "./input";
import { requireAttempt, type Attempt } from "./store";
import { attemptView } from "./views";

// Payment attempts (api-reference 4.5): read-only; created by confirm.

export async function retrieveAttempt(ctx: Ctx) {
  return attemptView(await requireAttempt(ctx.sql, ctx.account.account_id, ctx.params.id));
}

export async function listAttempts(ctx: Ctx) {
  const q = ctx.query;
  const page = readAcqPage(q);
  const where = new Where("account_id = ?", ctx.account.account_id)
    .addIf(q.get("payment_intent_id"), "payment_intent_id = ?", q.get("payment_intent_id"))
    .addIf(q.get("attempt_status"), "status = ?", q.get("attempt_status"));
  return listPage<Attempt, unknown>(ctx.sql, "emu_acq_attempts", where, page, attemptView);
}
