import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import type { z } from "zod";
import { writeAudit } from "@/lib/audit/write";
import { AuthorizationError, currentUser, requireRole, type CurrentUser } from "@/lib/auth/session";
import type { Role } from "@/lib/auth/roles";
import { getDb, type DB } from "@/lib/db";
import { isUqpayError } from "@/lib/uqpay/errors";
import type { ActionFailure, ActionResult, FieldErrors } from "./result";
import { plainTextErrors } from "./text-guard";
import { uqpayFailure } from "./uqpay-failure";

/** An expected failure an action reports to the form (e.g. "email_taken"), never a crash. */
export class ActionError extends Error {
  constructor(
    readonly code: string,
    readonly fieldErrors?: FieldErrors,
  ) {
    super(code);
    this.name = "ActionError";
  }
}

type Context = { user: CurrentUser; db: DB };

/**
 * The one shape of a server action: authorise, parse with the shared schema, run, and turn every
 * expected failure into a typed result. Refusals are audited, so probing is visible.
 */
export function serverAction<S extends z.ZodType, T>(
  spec: { name: string; role: Role; schema: S },
  run: (input: z.infer<S>, ctx: Context) => Promise<T>,
): (raw: z.input<S>) => Promise<ActionResult<T>> {
  return async (raw) => {
    const t = await getTranslations("errors");
    let user: CurrentUser;
    try {
      user = await requireRole(spec.role);
    } catch (error) {
      if (!(error instanceof AuthorizationError)) throw error;
      if (error.code === "forbidden") await auditDenied(spec.name);
      return failure(error.code, t(error.code));
    }
    const parsed = spec.schema.safeParse(raw);
    if (!parsed.success) return failure("invalid_input", t("invalid_input"), fieldErrorsOf(parsed.error));
    const textErrors = plainTextErrors(parsed.data);
    if (textErrors) return failure("invalid_input", t("invalid_input"), textErrors);
    try {
      return { ok: true, data: await run(parsed.data, { user, db: await getDb() }) };
    } catch (error) {
      if (error instanceof ActionError) return failure(error.code, t.has(error.code) ? t(error.code) : t("unexpected"), error.fieldErrors);
      if (error instanceof Error && error.name === "NoConnectionError") return failure("no_connection", t("no_connection"));
      if (error instanceof Error && error.name === "OperationFailedBefore") return failure("operation_failed_before", t("operation_failed_before"));
      // The same operation id sent with a different request (an edited form re-submitted): refused by the ledger.
      if (error instanceof Error && error.name === "LedgerError") return failure("operation_mismatch", t("operation_mismatch"));
      if (isUqpayError(error)) return uqpayFailure(error, (await getLocale()) === "zh-CN" ? "zh-CN" : "en");
      console.error(`[action ${spec.name}]`, error);
      return failure("unexpected", t("unexpected"));
    }
  };
}

async function auditDenied(action: string) {
  const user = await currentUser();
  if (!user) return;
  await writeAudit(await getDb(), { actor: user, action, outcome: "denied", details: { reason: "role" } });
}

function failure(code: string, message: string, fieldErrors?: FieldErrors): ActionFailure {
  return { ok: false, code, message, ...(fieldErrors ? { fieldErrors } : {}) };
}

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}
