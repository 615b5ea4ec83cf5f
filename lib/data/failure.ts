import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import { uqpayFailure } from "@/lib/actions/uqpay-failure";
import { isUqpayError } from "@/lib/uqpay";

export type ReadFailure = { message: string; action?: string; code?: string };

/**
 * A failed page read in words: no connection, or a UQPAY error with its guidance. Anything else
 * is a bug and goes to the route's error boundary.
 */
export async function readFailureOf(error: unknown): Promise<ReadFailure> {
  if (error instanceof Error && error.name === "NoConnectionError") return { message: (await getTranslations("errors"))("no_connection") };
  if (isUqpayError(error)) {
    const failure = uqpayFailure(error, (await getLocale()) === "zh-CN" ? "zh-CN" : "en");
    return { message: failure.message, action: failure.guidance?.action, code: failure.code };
  }
  throw error;
}

/** A section's data or, when UQPAY (or the connection) failed, why: each section fails on its own. */
export type Settled<T> = { ok: true; data: T } | { ok: false; failure: ReadFailure };

export async function settle<T>(work: Promise<T>): Promise<Settled<T>> {
  try {
    return { ok: true, data: await work };
  } catch (error) {
    return { ok: false, failure: await readFailureOf(error) };
  }
}
