import { and, asc, count, eq, ne, sql } from "drizzle-orm";
import type { DB } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/roles";

export type Member = { id: string; email: string; name: string; role: Role; disabled: boolean; createdAt: Date; lastLoginAt: Date | null };

// Serialises "is there a user yet?" with the insert, so two simultaneous setups cannot both win.
const SETUP_LOCK_ID = 727_002;

export class MemberError extends Error {
  constructor(readonly code: "email_taken" | "last_admin" | "not_found" | "setup_closed") {
    super(code);
    this.name = "MemberError";
  }
}

export async function hasAnyUser(db: DB): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(users);
  return (row?.n ?? 0) > 0;
}

export async function createFirstAdmin(db: DB, input: { name: string; email: string; password: string }): Promise<Member> {
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SETUP_LOCK_ID})`);
    if (await hasAnyUser(tx)) throw new MemberError("setup_closed");
    const [row] = await tx.insert(users).values({ ...input, passwordHash, role: "admin" }).returning();
    return row;
  });
}

export async function listMembers(db: DB): Promise<Member[]> {
  return db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, disabled: users.disabled, createdAt: users.createdAt, lastLoginAt: users.lastLoginAt })
    .from(users)
    .orderBy(asc(users.createdAt));
}

export async function addMember(db: DB, input: { name: string; email: string; role: Role; password: string }): Promise<Member> {
  const passwordHash = await hashPassword(input.password);
  const [row] = await db
    .insert(users)
    .values({ name: input.name, email: input.email, role: input.role, passwordHash })
    .onConflictDoNothing({ target: users.email })
    .returning();
  if (!row) throw new MemberError("email_taken");
  return row;
}

/**
 * Role and status changes run under a lock on the admin rows so two admins demoting each other
 * at the same moment cannot leave the console without an active administrator.
 */
export async function updateMember(db: DB, userId: string, change: { role?: Role; disabled?: boolean }): Promise<Member> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select id from ${users} where ${users.role} = 'admin' for update`);
    const [target] = await tx.select().from(users).where(eq(users.id, userId));
    if (!target) throw new MemberError("not_found");
    const losesAdmin = target.role === "admin" && !target.disabled && ((change.role && change.role !== "admin") || change.disabled === true);
    if (losesAdmin) {
      const [others] = await tx
        .select({ n: count() })
        .from(users)
        .where(and(eq(users.role, "admin"), eq(users.disabled, false), ne(users.id, userId)));
      if ((others?.n ?? 0) === 0) throw new MemberError("last_admin");
    }
    const [row] = await tx.update(users).set(change).where(eq(users.id, userId)).returning();
    return row;
  });
}
