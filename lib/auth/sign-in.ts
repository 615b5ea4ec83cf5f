import { eq, sql } from "drizzle-orm";
import type { DB } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { writeAudit, ANONYMOUS } from "@/lib/audit/write";
import { DUMMY_HASH, verifyPassword } from "./password";
import type { Role } from "./roles";
import { ACCOUNT_POLICY, IP_POLICY, accountKey, clearFailures, ipKey, lockedUntil, releaseAttempt, reserveAttempt } from "./throttle";

export type SignedInUser = { id: string; email: string; name: string; role: Role };
export type SignInResult = { ok: true; user: SignedInUser } | { ok: false; reason: "invalid" | "throttled" };

/**
 * Checks credentials with per-account and per-address throttling. A disabled account answers
 * like a wrong password, so sign-in never tells an outsider which accounts exist or are disabled.
 */
export async function authenticate(db: DB, input: { email: string; password: string; ip: string }): Promise<SignInResult> {
  const email = input.email.trim().toLowerCase();
  const keys = [accountKey(email), ipKey(input.ip)];
  const throttled = async () => {
    await writeAudit(db, {
      actor: { ...ANONYMOUS, email },
      action: "auth.sign_in",
      outcome: "denied",
      details: { reason: "throttled", ip: input.ip },
    });
    return { ok: false, reason: "throttled" } as const;
  };
  const locks = await Promise.all(keys.map((key) => lockedUntil(db, key)));
  if (locks.some(Boolean)) return throttled();
  // Counted before the (slow) password check, so concurrent guesses cannot all slip under the limit.
  const within = await Promise.all([reserveAttempt(db, keys[0], ACCOUNT_POLICY), reserveAttempt(db, keys[1], IP_POLICY)]);
  if (within.includes(false)) return throttled();

  const [user] = await db.select().from(users).where(eq(users.email, email));
  const passwordOk = await verifyPassword(input.password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !passwordOk || user.disabled) {
    await writeAudit(db, {
      actor: user ? { id: user.id, email: user.email, role: user.role } : { ...ANONYMOUS, email },
      action: "auth.sign_in",
      outcome: "failure",
      details: { reason: user?.disabled && passwordOk ? "disabled" : "invalid_credentials", ip: input.ip },
    });
    return { ok: false, reason: "invalid" };
  }

  await releaseAttempt(db, keys[1], IP_POLICY);
  await clearFailures(db, keys[0]);
  await db.update(users).set({ lastLoginAt: sql`now()` }).where(eq(users.id, user.id));
  const signedIn = { id: user.id, email: user.email, name: user.name, role: user.role };
  await writeAudit(db, { actor: signedIn, action: "auth.sign_in", outcome: "success", details: { ip: input.ip } });
  return { ok: true, user: signedIn };
}
