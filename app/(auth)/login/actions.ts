"use server";

import { CredentialsSignin } from "next-auth";
import { getTranslations } from "next-intl/server";
import { fieldErrorsOf } from "@/lib/actions/server-action";
import type { ActionResult } from "@/lib/actions/result";
import { plainTextErrors } from "@/lib/actions/text-guard";
import { signIn } from "@/lib/auth";
import { signInSchema, type SignInInput } from "@/lib/schemas/auth";

export async function signInWithPassword(input: SignInInput): Promise<ActionResult> {
  const t = await getTranslations();
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, code: "invalid_input", message: t("errors.invalid_input"), fieldErrors: fieldErrorsOf(parsed.error) };
  const textErrors = plainTextErrors(parsed.data);
  if (textErrors) return { ok: false, code: "invalid_input", message: t("errors.invalid_input"), fieldErrors: textErrors };
  try {
    await signIn("credentials", { ...parsed.data, redirect: false });
    return { ok: true, data: undefined };
  } catch (error) {
    if (!(error instanceof CredentialsSignin)) throw error;
    return error.code === "throttled"
      ? { ok: false, code: "throttled", message: t("auth.throttled") }
      : { ok: false, code: "invalid_credentials", message: t("auth.invalidCredentials") };
  }
}
