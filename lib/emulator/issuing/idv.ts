import type { Runtime, WebhookEvent } from "../core/context";
import { json } from "../core/http-util";
import type { Sql } from "../db";
import { cardholderWebhookData, loadCardholderAnyAccount, saveCardholder, mergedFields } from "./cardholder-store";
import { cardCreatedWebhook, type Card } from "./card-store";
import { completeOrder } from "./orders";
import { moveIssuing } from "./ledger";
import { dec } from "../core/money";

// The emulator's stand-in for Sumsub's hosted page: SUMSUB_REDIRECT cardholders stay INCOMPLETE
// until someone opens idv_verification_url and approves (or rejects) here.

const page = (id: string, token: string, name: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Identity verification (UQPAY emulator)</title></head>
<body style="font-family:system-ui;max-width:32rem;margin:3rem auto">
<h1>Identity verification</h1>
<p>Emulated Sumsub check for <strong>${name}</strong>.</p>
<form method="post" action="/idv/${id}/complete?token=${token}"><input type="hidden" name="result" value="approve">
<button type="submit" data-testid="idv-approve">Approve</button></form>
<form method="post" action="/idv/${id}/complete?token=${token}"><input type="hidden" name="result" value="reject">
<button type="submit" data-testid="idv-reject">Reject</button></form>
</body></html>`;

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export async function handleIdv(rt: Runtime, request: Request, url: URL): Promise<Response> {
  const m = /^\/idv\/([0-9a-f-]{36})(\/complete)?$/.exec(url.pathname);
  const token = url.searchParams.get("token") ?? "";
  if (!m) return json({ code: 404, message: "Not Found" }, 404);
  const holder = await loadCardholderAnyAccount(rt.db, m[1]);
  if (!holder || !token || holder.data.idv_token !== token) return json({ code: 404, message: "verification link is invalid" }, 404);
  const expires = Date.parse(String(holder.data.idv_url_expires_at ?? ""));
  if (!Number.isNaN(expires) && expires <= rt.clock.now().getTime()) {
    return json({ code: 410, message: "verification link has expired" }, 410);
  }
  if (!m[2]) {
    const name = escapeHtml(`${holder.data.first_name} ${holder.data.last_name}`);
    return new Response(page(holder.cardholder_id, token, name), { headers: { "content-type": "text/html; charset=utf-8" } });
  }
  if (request.method !== "POST") return json({ code: 405, message: "Method Not Allowed" }, 405);
  const form = new URLSearchParams(await request.text());
  const approve = (form.get("result") ?? url.searchParams.get("result") ?? "approve") !== "reject";
  await completeIdv(rt, holder.cardholder_id, approve);
  return new Response(`<!doctype html><p>Verification ${approve ? "approved" : "rejected"}. You can close this page.</p>`, {
    headers: { "content-type": "text/html; charset=utf-8" },
  });
}

/** Approve: cardholder SUCCESS and its waiting cards start activating. Reject: FAILED, and so are they. */
export async function completeIdv(rt: Runtime, cardholderId: string, approve: boolean): Promise<void> {
  await rt.mutex.run(async () => {
    const events: WebhookEvent[] = [];
    await rt.db.transaction(async (tx) => {
      const holder = await loadCardholderAnyAccount(tx, cardholderId);
      if (!holder || holder.status !== "INCOMPLETE") return;
      const now = rt.clock.now();
      const data = { ...mergedFields(holder), idv_status: approve ? "PASSED" : "FAILED", idv_token: null };
      const saved = await saveCardholder(tx, holder, data, approve ? "SUCCESS" : "FAILED", now);
      events.push({ accountId: holder.account_id, eventName: "ISSUING", eventType: "cardholder.kyc.status_changed", sourceId: cardholderId, data: cardholderWebhookData(saved) });
      events.push(...(await releaseCards(rt, tx, holder.account_id, cardholderId, approve, now)));
    });
    rt.webhooks.publish(events);
  });
}

async function releaseCards(rt: Runtime, sql: Sql, accountId: string, cardholderId: string, approve: boolean, now: Date): Promise<WebhookEvent[]> {
  const waiting = await sql.query<Card>(
    "SELECT * FROM emu_cards WHERE account_id = $1 AND cardholder_id = $2 AND status = 'PENDING' AND due_at IS NULL",
    [accountId, cardholderId],
  );
  const events: WebhookEvent[] = [];
  for (const card of waiting) {
    if (approve) {
      const due = new Date(now.getTime() + rt.config.activationDelayMs);
      await sql.query("UPDATE emu_cards SET due_at = $2 WHERE card_id = $1", [card.card_id, due]);
      rt.noteDue(due);
      continue;
    }
    // A failed SINGLE card gives back the funds it took at creation.
    if (card.mode_type === "SINGLE" && dec(card.balance).greaterThan(0)) {
      await moveIssuing(sql, {
        accountId: card.account_id, currency: card.card_currency, delta: dec(card.balance), type: "CARD_WITHDRAW",
        description: "Card creation failed refund", cardId: card.card_id, now,
      });
    }
    await sql.query("UPDATE emu_cards SET status = 'FAILED', balance = 0, updated_at = $2 WHERE card_id = $1", [card.card_id, now]);
    await completeOrder(sql, card.data.create_order_id, "FAILED", now);
    events.push({
      accountId: card.account_id, eventName: "ISSUING", eventType: "card.create.failed", sourceId: card.data.create_order_id,
      data: cardCreatedWebhook({ ...card, status: "FAILED" }, undefined, undefined),
    });
  }
  return events;
}
