import { eq, sql } from "drizzle-orm";
import type { DB } from "@/lib/db/client";
import { signInThrottle } from "@/lib/db/schema";

export type ThrottlePolicy = { maxFailures: number; windowMs: number; lockMs: number };

export const ACCOUNT_POLICY: ThrottlePolicy = { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };
// Generous per address: an office behind one NAT shares it, but a password spray is still capped.
export const IP_POLICY: ThrottlePolicy = { maxFailures: 30, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };

export const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;
export const ipKey = (ip: string) => `ip:${ip}`;

/** The time until which `key` is locked, or null when sign-in may be attempted. */
export async function lockedUntil(db: DB, key: string, now = new Date()): Promise<Date | null> {
  const [row] = await db.select({ lockedUntil: signInThrottle.lockedUntil }).from(signInThrottle).where(eq(signInThrottle.key, key));
  return row?.lockedUntil && row.lockedUntil > now ? row.lockedUntil : null;
}

/**
 * Counts one failure for `key` in a single upsert, so concurrent failures on several instances
 * are all counted; a window older than the policy's restarts at one.
 */
export async function recordFailure(db: DB, key: string, policy: ThrottlePolicy, now = new Date()): Promise<number> {
  const windowStart = new Date(now.getTime() - policy.windowMs);
  const lockUntil = new Date(now.getTime() + policy.lockMs);
  const nowIso = now.toISOString();
  const [row] = await db
    .insert(signInThrottle)
    .values({ key, failures: 1, windowStartedAt: now, lockedUntil: policy.maxFailures <= 1 ? lockUntil : null })
    .onConflictDoUpdate({
      target: signInThrottle.key,
      set: {
        failures: sql`case when ${signInThrottle.windowStartedAt} < ${windowStart.toISOString()}::timestamptz then 1 else ${signInThrottle.failures} + 1 end`,
        windowStartedAt: sql`case when ${signInThrottle.windowStartedAt} < ${windowStart.toISOString()}::timestamptz then ${nowIso}::timestamptz else ${signInThrottle.windowStartedAt} end`,
        lockedUntil: sql`case when ${signInThrottle.windowStartedAt} >= ${windowStart.toISOString()}::timestamptz and ${signInThrottle.failures} + 1 >= ${policy.maxFailures} then ${lockUntil.toISOString()}::timestamptz else ${signInThrottle.lockedUntil} end`,
      },
    })
    .returning({ failures: signInThrottle.failures });
  return row.failures;
}

/**
 * Counts an attempt as a failure BEFORE its password is checked, so a burst of concurrent guesses
 * cannot all pass the lock check while the first ones are still hashing: only the first
 * `maxFailures` of a window are judged. False when this attempt is over the budget.
 */
export async function reserveAttempt(db: DB, key: string, policy: ThrottlePolicy, now = new Date()): Promise<boolean> {
  return (await recordFailure(db, key, policy, now)) <= policy.maxFailures;
}

/** Gives back a reserved attempt that turned out to be a successful sign-in. */
export async function releaseAttempt(db: DB, key: string, policy: ThrottlePolicy): Promise<void> {
  await db
    .update(signInThrottle)
    .set({
      failures: sql`greatest(${signInThrottle.failures} - 1, 0)`,
      lockedUntil: sql`case when ${signInThrottle.failures} - 1 < ${policy.maxFailures} then null else ${signInThrottle.lockedUntil} end`,
    })
    .where(eq(signInThrottle.key, key));
}

export async function clearFailures(db: DB, key: string): Promise<void> {
  await db.delete(signInThrottle).where(eq(signInThrottle.key, key));
}
