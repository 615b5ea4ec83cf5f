import "server-only";
import { getLocale } from "next-intl/server";
import { NextResponse } from "next/server";
import { uqpayFailure } from "@/lib/actions/uqpay-failure";
import { AuthorizationError, requireRole } from "@/lib/auth/session";
import { isUqpayError } from "@/lib/uqpay";

// A payment changes under our feet (the customer pays, 3DS completes): never let a cache answer.
const NO_STORE = { "Cache-Control": "no-store" };

/** The payments GET routes the browser polls: the role is checked here, failures come back typed. */
export async function paymentsGet<T>(load: () => Promise<T>): Promise<NextResponse> {
  try {
    await requireRole("viewer");
    return NextResponse.json(await load(), { headers: NO_STORE });
  } catch (error) {
    if (error instanceof AuthorizationError) {
      return NextResponse.json({ ok: false, code: error.code, message: error.message }, { status: error.code === "forbidden" ? 403 : 401, headers: NO_STORE });
    }
    if (error instanceof Error && error.name === "NoConnectionError") {
      return NextResponse.json({ ok: false, code: "no_connection", message: error.message }, { status: 409, headers: NO_STORE });
    }
    if (isUqpayError(error)) {
      const failure = uqpayFailure(error, (await getLocale()) === "zh-CN" ? "zh-CN" : "en");
      return NextResponse.json(failure, { status: 502, headers: NO_STORE });
    }
    console.error("[payments route]", error instanceof Error ? error.message : "unexpected");
    return NextResponse.json({ ok: false, code: "unexpected", message: "unexpected" }, { status: 500, headers: NO_STORE });
  }
}
