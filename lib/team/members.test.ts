import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/lib/db/client";
import { openTestDb } from "@/lib/testing/test-db";
import { verifyPassword } from "@/lib/auth/password";
import { addMember, createFirstAdmin, hasAnyUser, listMembers, MemberError, updateMember } from "./members";

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(() => handle.close());

describe("team members", () => {
  it("creates the first admin once; concurrent and later setups are refused", async () => {
    expect(await hasAnyUser(handle.db)).toBe(false);
    const attempts = await Promise.allSettled(
      ["a", "b", "c"].map((n) => createFirstAdmin(handle.db, { name: n, email: `${n}@example.com`, password: "long-enough-password" })),
    );
    expect(attempts.filter((a) => a.status === "fulfilled")).toHaveLength(1);
    for (const failed of attempts.filter((a) => a.status === "rejected")) {
      expect((failed as PromiseRejectedResult).reason).toMatchObject({ code: "setup_closed" });
    }
    const [admin] = await listMembers(handle.db);
    expect(admin.role).toBe("admin");
  });

  it("stores a bcrypt hash, never the password", async () => {
    const member = await addMember(handle.db, { name: "Op", email: "op@example.com", role: "operator", password: "op-password-123" });
    const { users } = await import("@/lib/db/schema");
    const { eq } = await import("drizzle-orm");
    const [row] = await handle.db.select().from(users).where(eq(users.id, member.id));
    expect(row.passwordHash).toMatch(/^\$2[aby]\$12\$/);
    expect(await verifyPassword("op-password-123", row.passwordHash)).toBe(true);
  });

  it("refuses a duplicate email", async () => {
    await expect(addMember(handle.db, { name: "Op2", email: "op@example.com", role: "viewer", password: "another-password" })).rejects.toMatchObject({ code: "email_taken" });
  });

  it("never leaves the console without an active admin", async () => {
    const [admin] = (await listMembers(handle.db)).filter((m) => m.role === "admin");
    await expect(updateMember(handle.db, admin.id, { role: "viewer" })).rejects.toBeInstanceOf(MemberError);
    await expect(updateMember(handle.db, admin.id, { disabled: true })).rejects.toMatchObject({ code: "last_admin" });
    const op = (await listMembers(handle.db)).find((m) => m.email === "op@example.com")!;
    await updateMember(handle.db, op.id, { role: "admin" });
    expect((await updateMember(handle.db, admin.id, { disabled: true })).disabled).toBe(true);
  });

  it("reports a missing member", async () => {
    await expect(updateMember(handle.db, "00000000-0000-4000-8000-000000000000", { role: "viewer" })).rejects.toMatchObject({ code: "not_found" });
  });
});
