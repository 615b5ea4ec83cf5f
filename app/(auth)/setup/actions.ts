"use server";

import { getTranslations } from "next-intl/server";
import { fieldErrorsOf } from "@/lib/actions/server-action";
import type { ActionResult } from "@/lib/actions/result";
import { plainTextErrors } from "@/lib/actions/text-guard";
import { ANONYMOUS, writeAudit } from "@/lib/audit/write";
import { getDb } from "@/lib/db";
import { setupSchema, type SetupInput } from "@/lib/schemas/auth";
import { createFirstAdmin, MemberError } from "@/lib/team/members";

// The one action without requireRole: it only works while the console has no user at all.
export async function createFirstAdministrator(input: SetupInput): Promise<ActionResult> {
  const t = await getTranslations("errors");
  const parsed = setupSchema.safeParse(input);
  if (!parsed.success) return { ok: false, code: "invalid_input", message: t("invalid_input"), fieldErrors: fieldErrorsOf(parsed.error) };
  const textErrors = plainTextErrors(parsed.data);
  if (textErrors) return { ok: false, code: "invalid_input", message: t("invalid_input"), fieldErrors: textErrors };
  const db = await getDb();
  const { confirmPassword: _confirm, ...admin } = parsed.data;
  try {
    const user = await createFirstAdmin(db, admin);
    await writeAudit(db, {
      actor: { id: user.id, email: user.email, role: user.role },
      action: "team.setup_first_admin",
      target: user.email,
      outcome: "success",
    });
    return { ok: true, data: undefined };
  } catch (error) {
    if (!(error instanceof MemberError)) throw error;
    await writeAudit(db, { actor: { ...ANONYMOUS, email: admin.email }, action: "team.setup_first_admin", outcome: "denied", details: { reason: error.code } });
    return { ok: false, code: "setup_closed", message: t("setup_closed") };
  }
}
