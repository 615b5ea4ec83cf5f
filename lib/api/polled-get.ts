import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import { NextResponse } from "next/server";
import { ActionError } from "@/lib/actions/server-action";
import { uqpayFailure } from "@/lib/actions/uqpay-failure";
import { AuthorizationError, requireRole } from "@/lib/auth/session";
import { isUqpayError } from "@/lib/uqpay";

// What these routes answer changes under our feet (a card activates, a customer pays): never let
// a cache answer.
const NO_STORE = { "Cache-Control": "no-store" };

/**
 * The shape of every GET route the browser polls: the route checks the role itself, answers JSON
 * with no-store, and reports failures as the same typed failure the server actions return.
 */
export async function polledGet<T>(load: () => Promise<T>): Promise<NextResponse> {
  try {
    await requireRole("viewer");
    return NextResponse.json(await load(), { headers: NO_STORE });
  } catch (error) {
    return routeFailure(error);
  }
}

/** A read route's failure as JSON: 401/403 for the session, 409 with no connection or another expected refusal, 502 with UQPAY's typed failure. */
export async function routeFailure(error: unknown): Promise<NextResponse> {
  if (error instanceof AuthorizationError) {
    return NextResponse.json({ ok: false, code: error.code, message: error.message }, { status: error.code === "forbidden" ? 403 : 401, headers: NO_STORE });
  }
  if (error instanceof ActionError) {
    // A refusal the console decided (e.g. emulator controls asked of a non-emulator connection).
    return NextResponse.json({ ok: false, code: error.code, message: error.message }, { status: 409, headers: NO_STORE });
  }
  if (error instanceof Error && error.name === "NoConnectionError") {
    return NextResponse.json({ ok: false, code: "no_connection", message: error.message }, { status: 409, headers: NO_STORE });
  }
  // An expected refusal the loader raised itself (e.g. the sandbox's "emulator unreachable"): typed, not a crash.
  if (error instanceof Error && error.name === "ActionError") {
    const code = (error as Error & { code: string }).code;
    const t = await getTranslations("errors");
    return NextResponse.json({ ok: false, code, message: t.has(code) ? t(code) : code }, { status: code.endsWith("_unreachable") ? 502 : 409, headers: NO_STORE });
  }
  if (isUqpayError(error)) {
    const failure = uqpayFailure(error, (await getLocale()) === "zh-CN" ? "zh-CN" : "en");
    return NextResponse.json(failure, { status: 502, headers: NO_STORE });
  }
  console.error("[read route]", error instanceof Error ? error.message : "unexpected");
  return NextResponse.json({ ok: false, code: "unexpected", message: "unexpected" }, { status: 500, headers: NO_STORE });
}
