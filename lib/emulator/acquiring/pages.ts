import type { Runtime } from "../core/context";
import { json } from "../core/http-util";
import { authorize, failAttempt } from "./engine";
import { RETURN_URL_INTENT_PARAM, THREE_DS_FAILURE_CODE, WALLET_DECLINE_CODE } from "./fidelity";
import { loadAttemptAnyAccount, requireIntent, type Attempt, type Intent } from "./store";
import { runTx } from "./tx";

// Stand-ins for UQPAY's hosted pages (checkout-sandbox's 3DS challenge, the wallet a customer
// scans with). Like the issuing IDV page they are not under /__emulator: a browser reaches them
// from next_action, in every mode.
//   GET  /acquiring/3ds/{attempt_id}        challenge page (Authenticate / Fail)
//   POST /acquiring/3ds/{attempt_id}        result=authenticate|fail → 303 to return_url?payment_intent_id=PI...
//   GET  /acquiring/qr/{attempt_id}         the wallet after scanning qr_code (Pay / Decline)
//   GET  /acquiring/qr/{attempt_id}/show    qr_code_url: what the merchant displays
//   POST /acquiring/qr/{attempt_id}         result=pay|decline (form or JSON) → status (JSON) or page

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const html = (body: string, status = 200) =>
  new Response(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>UQPAY emulator</title></head>
<body style="font-family:system-ui;max-width:32rem;margin:3rem auto">${body}</body></html>`, { status, headers: { "content-type": "text/html; charset=utf-8" } });
const button = (action: string, result: string, label: string) =>
  `<form method="post" action="${action}" style="display:inline"><input type="hidden" name="result" value="${result}"><button type="submit" data-testid="acq-${result}">${label}</button></form> `;
const describe = (i: Intent) => `<p>${esc(i.currency)} ${esc(i.amount)} — ${esc(i.data.description)} (${esc(i.payment_intent_id)})</p>`;

export async function handleAcquiringPage(rt: Runtime, request: Request, url: URL): Promise<Response> {
  const m = /^\/acquiring\/(3ds|qr)\/(PA\d{19})(\/show)?$/.exec(url.pathname);
  if (!m) return json({ code: 404, message: "Not Found" }, 404);
  await rt.catchUp();
  const attempt = await loadAttemptAnyAccount(rt.db, m[2]);
  if (!attempt) return html("<h1>Unknown payment</h1>", 404);
  const intent = await requireIntent(rt.db, attempt.account_id, attempt.payment_intent_id);
  const waiting = intent.status === "REQUIRES_CUSTOMER_ACTION" && intent.latest_attempt_id === attempt.attempt_id;
  const action = `/acquiring/${m[1]}/${attempt.attempt_id}`;
  if (request.method === "GET") {
    if (m[3]) return html(`<h1>Scan to pay</h1>${describe(intent)}<p>QR code content:</p><pre data-testid="acq-qr">${esc(`${rt.config.publicUrl}${action}`)}</pre><p><a href="${action}">Simulate scanning with the wallet</a></p>`);
    if (!waiting) return html(`<h1>Payment ${esc(intent.status)}</h1>${describe(intent)}`);
    return m[1] === "3ds"
      ? html(`<h1>3-D Secure authentication</h1>${describe(intent)}${button(action, "authenticate", "Authenticate")}${button(action, "fail", "Fail")}`)
      : html(`<h1>Wallet payment</h1>${describe(intent)}${button(action, "pay", "Scan &amp; pay")}${button(action, "decline", "Decline")}`);
  }
  if (request.method !== "POST" || m[3]) return json({ code: 405, message: "Method Not Allowed" }, 405);
  const result = await readResult(request);
  const after = waiting ? await complete(rt, attempt, m[1] === "3ds" ? "3ds" : "wallet", result) : intent;
  const flow = (attempt.data.payment_method as Record<string, { flow?: string }>)[attempt.data.payment_method.type]?.flow;
  const redirect = m[1] === "3ds" || flow !== "qrcode";
  if (redirect && !isJson(request)) return redirectTo(after, attempt.data.plan.return_url);
  if (isJson(request)) return json({ payment_intent_id: after.payment_intent_id, intent_status: after.status, completed: waiting });
  return html(`<h1>Payment ${esc(after.status)}</h1>${describe(after)}<p>You can close this page.</p>`);
}

const isJson = (r: Request) => (r.headers.get("content-type") ?? "").includes("application/json");

async function readResult(request: Request): Promise<string> {
  const text = await request.text();
  if (isJson(request)) {
    try {
      return String((JSON.parse(text) as { result?: unknown }).result ?? "");
    } catch {
      return "";
    }
  }
  return new URLSearchParams(text).get("result") ?? "";
}

async function complete(rt: Runtime, attempt: Attempt, kind: "3ds" | "wallet", result: string): Promise<Intent> {
  return runTx(rt, async (tx) => {
    // Re-read inside the lock: a double submit or the expiry may have got there first.
    const intent = await requireIntent(tx.sql, attempt.account_id, attempt.payment_intent_id);
    const fresh = (await loadAttemptAnyAccount(tx.sql, attempt.attempt_id))!;
    if (intent.status !== "REQUIRES_CUSTOMER_ACTION" || intent.latest_attempt_id !== fresh.attempt_id) return intent;
    const ok = kind === "3ds" ? result === "authenticate" : result === "pay";
    if (ok) return authorize(tx, intent, fresh);
    return failAttempt(tx, intent, fresh, kind === "3ds" ? THREE_DS_FAILURE_CODE : WALLET_DECLINE_CODE);
  });
}

/** Back to the merchant: return_url with the intent id added, as a 303 so the browser GETs it. */
function redirectTo(intent: Intent, override: string | null): Response {
  const target = override || intent.data.return_url;
  let location: string;
  try {
    const u = new URL(target);
    u.searchParams.set(RETURN_URL_INTENT_PARAM, intent.payment_intent_id);
    location = u.toString();
  } catch {
    location = `${target}${target.includes("?") ? "&" : "?"}${RETURN_URL_INTENT_PARAM}=${intent.payment_intent_id}`;
  }
  return new Response(null, { status: 303, headers: { location } });
}
