import "server-only";
import { eq, sql } from "drizzle-orm";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/lib/db";
import { revokedSessions, users } from "@/lib/db/schema";
import { auth } from "./index";
import { roleAllows, type Role } from "./roles";

export type CurrentUser = { id: string; email: string; name: string; role: Role };

export class AuthorizationError extends Error {
  constructor(readonly code: "unauthenticated" | "forbidden") {
    super(code === "unauthenticated" ? "Sign in to continue." : "Your role does not allow this.");
    this.name = "AuthorizationError";
  }
}

/**
 * The signed-in user as the database knows them now: a disabled member or a changed role takes
 * effect on the next request, whatever the session token still says.
 */
export const currentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  if (!session?.user?.id) return null;
  const db = await getDb();
  const [user] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      disabled: users.disabled,
      revoked: sql<boolean>`exists (select 1 from ${revokedSessions} where ${revokedSessions.userId} = ${users.id} and ${revokedSessions.signedInAt} = ${session.user.signedInAt ?? 0})`,
    })
    .from(users)
    .where(eq(users.id, session.user.id));
  if (!user || user.disabled) return null;
  if (user.revoked) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
});

/** Every server action and route handler calls this itself; the proxy only redirects. */
export async function requireRole(required: Role): Promise<CurrentUser> {
  const user = await currentUser();
  if (!user) throw new AuthorizationError("unauthenticated");
  if (!roleAllows(user.role, required)) throw new AuthorizationError("forbidden");
  return user;
}

/** For pages: sends a signed-out visitor to sign-in and answers 403 to a role the page is not for. */
export async function requirePageRole(required: Role): Promise<CurrentUser> {
  const user = await currentUser();
  if (!user) redirect("/login");
  if (!roleAllows(user.role, required)) forbidden();
  return user;
}
