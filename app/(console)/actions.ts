"use server";

import { signOut } from "@/lib/auth";
import { writeAudit } from "@/lib/audit/write";
import { currentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";

export async function signOutCurrentUser(): Promise<void> {
  const user = await currentUser();
  if (user) await writeAudit(await getDb(), { actor: user, action: "auth.sign_out", outcome: "success" });
  await signOut({ redirectTo: "/login" });
}
