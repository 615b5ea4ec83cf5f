"use server";

import { auth, signOut } from "@/lib/auth";
import { revokedSessions } from "@/lib/db/schema";
import { writeAudit } from "@/lib/audit/write";
import { currentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";

export async function signOutCurrentUser(): Promise<void> {
  const [user, session] = await Promise.all([currentUser(), auth()]);
  if (user && session) {
    const db = await getDb();
    // Revoked on the server: a cookie re-set by a request still in flight cannot bring it back.
    await db.insert(revokedSessions).values({ userId: user.id, signedInAt: session.user.signedInAt ?? 0 }).onConflictDoNothing();
    await writeAudit(db, { actor: user, action: "auth.sign_out", outcome: "success" });
  }
  await signOut({ redirectTo: "/login" });
}
