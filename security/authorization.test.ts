import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { roleAllows, type Role } from "@/lib/auth/roles";
import { createConnection } from "@/lib/connections/store";
import { auditLog, users } from "@/lib/db/schema";
import { asSession, type SessionUser } from "@/lib/testing/action-env";
import { openConsoleWorld, type ConsoleWorld } from "@/lib/testing/console-world";
import { ACTION_ACCESS, ROUTE_ACCESS, type Access } from "./access-table";
import { HTTP_METHODS, importSource, routeFiles, serverActionFiles } from "./enumerate";

vi.mock("@/lib/auth", async () => (await import("@/lib/testing/action-env")).authModule);
vi.mock("next-auth", async () => (await import("@/lib/testing/action-env")).nextAuthModule);
vi.mock("next/headers", async () => (await import("@/lib/testing/action-env")).headersModule);
vi.mock("next/cache", async () => (await import("@/lib/testing/action-env")).cacheModule);
vi.mock("next-intl/server", async () => (await import("@/lib/testing/action-env")).intlModule);

type Principal = "anonymous" | Role;
const PRINCIPALS: Principal[] = ["anonymous", "viewer", "operator", "admin"];
const DENIED = new Set(["unauthenticated", "forbidden"]);

let world: ConsoleWorld;
let connectionId: string;
let signIns = 1;
// A fresh sign-in time per call: calling signOutCurrentUser revokes the session it is called from.
const session = (p: Principal): SessionUser | null => (p === "anonymous" ? null : { id: world.users[p].id, role: p, signedInAt: signIns++ });

/** What each principal should get for an entry of the table. */
function expectedAllowed(access: Access, p: Principal): boolean {
  if (access === "public") return true;
  if (access === "signature") return false;
  return p !== "anonymous" && roleAllows(p, access);
}

beforeAll(async () => {
  world = await openConsoleWorld();
  connectionId = (await createConnection(world.db, world.encryptionKey, {
    name: "matrix", environment: "emulator", baseUrl: "http://127.0.0.1:9/api", clientId: "c", apiKey: "k", webhookSecret: "whsec_matrix",
  })).id;
});
afterAll(() => world.close());

const FIX = (line: string) => `\n  → declare it in security/access-table.ts, e.g.\n      ${line}\n    (public | viewer | operator | admin | signature; sandbox tools: operator; exports: viewer)`;

describe("every server action and route handler is in the declared access table", () => {
  it("has no inline 'use server' closures (they could not be enumerated)", () => {
    expect(serverActionFiles().inline, "move inline server actions into an actions.ts with a module-level \"use server\"").toEqual([]);
  });

  it("lists every exported server action, and nothing that no longer exists", async () => {
    const found: string[] = [];
    for (const file of serverActionFiles().modules) {
      const mod = await importSource(file);
      for (const [name, value] of Object.entries(mod)) if (typeof value === "function") found.push(`${file}#${name}`);
    }
    for (const id of found) expect(ACTION_ACCESS[id], `server action ${id} is not in ACTION_ACCESS${FIX(`"${id}": "operator",`)}`).toBeDefined();
    for (const id of Object.keys(ACTION_ACCESS)) expect(found, `ACTION_ACCESS lists ${id}, which is no longer an exported server action: remove it`).toContain(id);
  });

  it("lists every route handler method, and nothing that no longer exists", async () => {
    const found: string[] = [];
    for (const file of routeFiles()) {
      const mod = await importSource(file);
      for (const method of HTTP_METHODS) if (typeof mod[method] === "function") found.push(`${file} ${method}`);
    }
    for (const id of found) expect(ROUTE_ACCESS[id], `route handler ${id} is not in ROUTE_ACCESS${FIX(`"${id}": "viewer",`)}`).toBeDefined();
    for (const id of Object.keys(ROUTE_ACCESS)) expect(found, `ROUTE_ACCESS lists ${id}, which no longer exists: remove it`).toContain(id);
  });
});

describe("each action, called directly as anonymous, viewer, operator and admin, answers as the table says", () => {
  const entries = Object.entries(ACTION_ACCESS);
  it.each(entries)("%s (%s)", async (id, access) => {
    const [file, name] = id.split("#");
    const action = (await importSource(file))[name] as (input?: unknown) => Promise<unknown>;
    for (const p of PRINCIPALS) {
      // Any input: a refusal must come before the input is even looked at.
      const result = await asSession(session(p), () => action({}));
      const code = (result as { code?: string } | undefined)?.code;
      const denied = result !== undefined && (result as { ok?: boolean }).ok === false && DENIED.has(code ?? "");
      expect(denied, `${id} as ${p}: expected ${expectedAllowed(access, p) ? "allowed" : "refused"}, got ${JSON.stringify(result)}`).toBe(!expectedAllowed(access, p));
      if (denied) expect(code).toBe(p === "anonymous" ? "unauthenticated" : "forbidden");
    }
  });
});

function fakeParams(file: string): Record<string, string | string[]> {
  const params: Record<string, string | string[]> = {};
  for (const [, rest, name] of file.matchAll(/\[(\.\.\.)?([^\]]+)\]/g)) params[name] = rest ? ["session"] : name === "connectionId" ? connectionId : randomUUID();
  return params;
}

describe("each route handler, called directly as anonymous, viewer, operator and admin, answers as the table says", () => {
  it.each(Object.entries(ROUTE_ACCESS))("%s (%s)", async (id, access) => {
    const [file, method] = id.split(" ");
    const handler = (await importSource(file))[method] as (req: NextRequest, ctx: { params: Promise<unknown> }) => Promise<Response>;
    const url = `http://127.0.0.1:3000/${file.replace(/^app\//, "").replace(/\/route\.\w+$/, "")}`;
    for (const p of PRINCIPALS) {
      const req = new NextRequest(url, { method, ...(method === "POST" ? { body: JSON.stringify({ event_id: "x" }), headers: { "content-type": "application/json" } } : {}) });
      const res = await asSession(session(p), () => handler(req, { params: Promise.resolve(fakeParams(file)) }));
      if (access === "signature") {
        // No session of any role stands in for the signature.
        expect(res.status, `${id} as ${p} without a signature`).toBe(401);
        continue;
      }
      const denied = res.status === 401 || res.status === 403;
      expect(denied, `${id} as ${p}: expected ${expectedAllowed(access, p) ? "allowed" : "refused"}, got ${res.status}`).toBe(!expectedAllowed(access, p));
      if (denied) expect(res.status).toBe(p === "anonymous" ? 401 : 403);
      expect(res.status, `${id} as ${p} must not fail with a server error`).toBeLessThan(500);
      await res.body?.cancel();
    }
  });
});

describe("the role that counts is the one in the database now", () => {
  it("refuses an admin action to a session that still claims admin after a demotion, and audits the refusal", async () => {
    const { addTeamMember } = await import("@/app/(console)/settings/team/actions");
    const stale = { id: world.users.viewer.id, role: "admin" as const, signedInAt: signIns++ };
    const email = `sneaky-${randomUUID().slice(0, 6)}@example.com`;
    const result = await asSession(stale, () => addTeamMember({ name: "Sneaky", email, role: "admin", password: "a long enough password" }));
    expect(result).toMatchObject({ ok: false, code: "forbidden" });
    expect(await world.db.select().from(users).where(eq(users.email, email))).toHaveLength(0);
    const audits = await world.db.select().from(auditLog).where(eq(auditLog.action, "team.add_member"));
    expect(audits.some((a) => a.outcome === "denied" && a.actorId === world.users.viewer.id)).toBe(true);
  });

  it("treats a disabled member's session as signed out", async () => {
    const { freezeCard } = await import("@/app/(console)/cards/[cardId]/actions");
    await world.db.update(users).set({ disabled: true }).where(eq(users.id, world.users.operator.id));
    try {
      const result = await asSession(session("operator"), () => freezeCard({ card_id: randomUUID(), operationId: randomUUID(), update_reason: "x" } as never));
      expect(result).toMatchObject({ ok: false, code: "unauthenticated" });
    } finally {
      await world.db.update(users).set({ disabled: false }).where(eq(users.id, world.users.operator.id));
    }
  });

  it("closes first-run setup once any user exists, whoever asks", async () => {
    const { createFirstAdministrator } = await import("@/app/(auth)/setup/actions");
    for (const p of PRINCIPALS) {
      const result = await asSession(session(p), () =>
        createFirstAdministrator({ name: "Mallory", email: `mallory-${p}@example.com`, password: "a long enough password", confirmPassword: "a long enough password" }));
      expect(result, `setup as ${p}`).toMatchObject({ ok: false, code: "setup_closed" });
    }
  });
});
