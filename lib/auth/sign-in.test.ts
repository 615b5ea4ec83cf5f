import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { desc, eq } from "drizzle-orm";
import type { DbHandle } from "@/lib/db/client";
import { auditLog, users } from "@/lib/db/schema";
import { openTestDb } from "@/lib/testing/test-db";
import { addMember, updateMember } from "@/lib/team/members";
import { authenticate } from "./sign-in";
import { ACCOUNT_POLICY, IP_POLICY, ipKey, lockedUntil, recordFailure, releaseAttempt, reserveAttempt } from "./throttle";

let handle: DbHandle;
const password = "a-long-enough-password";

beforeAll(async () => {
  handle = await openTestDb();
  await addMember(handle.db, { name: "Sam", email: "sam@example.com", role: "operator", password });
});
afterAll(() => handle.close());

describe("authenticate", () => {
  it("accepts the right password case-insensitively on email, records the sign-in", async () => {
    const result = await authenticate(handle.db, { email: " SAM@example.com ", password, ip: "10.0.0.1" });
    expect(result).toMatchObject({ ok: true, user: { email: "sam@example.com", role: "operator" } });
    const [row] = await handle.db.select().from(users).where(eq(users.email, "sam@example.com"));
    expect(row.lastLoginAt).toBeInstanceOf(Date);
    const [entry] = await handle.db.select().from(auditLog).orderBy(desc(auditLog.at)).limit(1);
    expect(entry).toMatchObject({ action: "auth.sign_in", outcome: "success", actorEmail: "sam@example.com" });
  });

  it("refuses a wrong password and an unknown email alike, and audits both", async () => {
    expect(await authenticate(handle.db, { email: "sam@example.com", password: "nope", ip: "10.0.0.2" })).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate(handle.db, { email: "ghost@example.com", password: "nope", ip: "10.0.0.2" })).toEqual({ ok: false, reason: "invalid" });
    const failures = await handle.db.select().from(auditLog).where(eq(auditLog.outcome, "failure"));
    expect(failures.map((f) => f.actorEmail)).toEqual(expect.arrayContaining(["sam@example.com", "ghost@example.com"]));
    expect(JSON.stringify(failures)).not.toContain("nope");
  });

  it("locks an account after five failures, even against the right password", async () => {
    await addMember(handle.db, { name: "Lou", email: "lou@example.com", role: "viewer", password });
    for (let i = 0; i < ACCOUNT_POLICY.maxFailures; i++) {
      expect((await authenticate(handle.db, { email: "lou@example.com", password: "bad", ip: `10.1.0.${i}` })).ok).toBe(false);
    }
    expect(await authenticate(handle.db, { email: "lou@example.com", password, ip: "10.1.0.99" })).toEqual({ ok: false, reason: "throttled" });
  });

  it("judges only five of twenty concurrent guesses at one account; the rest are throttled unheard", async () => {
    await addMember(handle.db, { name: "Bea", email: "bea@example.com", role: "viewer", password });
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => authenticate(handle.db, { email: "bea@example.com", password: `guess-${i}`, ip: `10.3.0.${i}` })));
    expect(results.filter((r) => !r.ok && r.reason === "invalid")).toHaveLength(ACCOUNT_POLICY.maxFailures);
    expect(results.filter((r) => !r.ok && r.reason === "throttled")).toHaveLength(20 - ACCOUNT_POLICY.maxFailures);
  });

  it("refuses a disabled member with the same answer as a wrong password", async () => {
    const member = await addMember(handle.db, { name: "Dee", email: "dee@example.com", role: "viewer", password });
    await updateMember(handle.db, member.id, { disabled: true });
    expect(await authenticate(handle.db, { email: "dee@example.com", password, ip: "10.2.0.1" })).toEqual({ ok: false, reason: "invalid" });
  });
});

describe("throttle", () => {
  it("locks an address after its failure budget and restarts the window when it has passed", async () => {
    const key = ipKey("192.0.2.7");
    const t0 = new Date("2026-01-01T00:00:00Z");
    for (let i = 0; i < IP_POLICY.maxFailures - 1; i++) await recordFailure(handle.db, key, IP_POLICY, t0);
    expect(await lockedUntil(handle.db, key, t0)).toBeNull();
    await recordFailure(handle.db, key, IP_POLICY, t0);
    expect(await lockedUntil(handle.db, key, t0)).toEqual(new Date(t0.getTime() + IP_POLICY.lockMs));

    const later = new Date(t0.getTime() + IP_POLICY.lockMs + 1);
    expect(await lockedUntil(handle.db, key, later)).toBeNull();
    await recordFailure(handle.db, key, IP_POLICY, new Date(t0.getTime() + IP_POLICY.windowMs + 1));
    expect(await lockedUntil(handle.db, key, later)).toBeNull();
  });

  it("gives a successful sign-in's reserved attempt back, so an address's budget is spent on failures only", async () => {
    const key = ipKey("192.0.2.9");
    for (let i = 0; i < IP_POLICY.maxFailures + 5; i++) {
      expect(await reserveAttempt(handle.db, key, IP_POLICY)).toBe(true);
      await releaseAttempt(handle.db, key, IP_POLICY);
    }
    expect(await lockedUntil(handle.db, key)).toBeNull();
  });

  it("counts concurrent failures without losing any", async () => {
    const key = ipKey("192.0.2.8");
    await Promise.all(Array.from({ length: 10 }, () => recordFailure(handle.db, key, IP_POLICY)));
    const { signInThrottle } = await import("@/lib/db/schema");
    const [row] = await handle.db.select().from(signInThrottle).where(eq(signInThrottle.key, key));
    expect(row.failures).toBe(10);
  });
});
