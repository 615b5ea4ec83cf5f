import { AsyncLocalStorage } from "node:async_hooks";
import { CredentialsSignin } from "@auth/core/errors";
import { createTranslator } from "next-intl";
import { authenticate } from "@/lib/auth/sign-in";
import type { Role } from "@/lib/auth/roles";
import { getDb } from "@/lib/db";
import { loadMessages } from "@/lib/i18n/catalogue";

/**
 * Runs the console's server actions and route handlers in plain Node (Vitest), exactly as Next
 * would run them, with only the request scope replaced: the session Auth.js would decode from the
 * cookie, the request headers, and the i18n catalogue. Everything behind that — requireRole, the
 * database, the ledger, the UQPAY client — is the real code.
 *
 * A test file wires it with:
 *   vi.mock("@/lib/auth", async () => (await import("@/lib/testing/action-env")).authModule);
 *   vi.mock("next/headers", async () => (await import("@/lib/testing/action-env")).headersModule);
 *   vi.mock("next/cache", async () => (await import("@/lib/testing/action-env")).cacheModule);
 *   vi.mock("next-intl/server", async () => (await import("@/lib/testing/action-env")).intlModule);
 */

export type SessionUser = { id: string; role: Role; signedInAt?: number };
type Scope = { user: SessionUser | null; headers: Headers; cookies: Map<string, string> };

const scope = new AsyncLocalStorage<Scope>();
const anonymous = (): Scope => ({ user: null, headers: new Headers(), cookies: new Map() });

/** Runs fn as one request from this session (null: signed out). */
export function asSession<T>(user: SessionUser | null, fn: () => Promise<T>, headers: HeadersInit = {}): Promise<T> {
  return scope.run({ user, headers: new Headers({ "accept-language": "en", ...Object.fromEntries(new Headers(headers)) }), cookies: new Map() }, fn);
}

const current = (): Scope => scope.getStore() ?? anonymous();

export const authModule = {
  auth: async () => {
    const user = current().user;
    return user ? { user: { id: user.id, role: user.role, signedInAt: user.signedInAt ?? 0 }, expires: new Date(Date.now() + 3_600_000).toISOString() } : null;
  },
  // The real Credentials authorize path: throttling and password check against the database.
  signIn: async (_provider: string, input: { email: string; password: string }) => {
    const result = await authenticate(await getDb(), { email: input.email, password: input.password, ip: "203.0.113.1" });
    if (!result.ok) {
      const error = new CredentialsSignin();
      error.code = result.reason === "throttled" ? "throttled" : "invalid";
      throw error;
    }
  },
  signOut: async () => undefined,
  handlers: {
    GET: async () => new Response(null, { status: 404 }),
    POST: async () => new Response(null, { status: 404 }),
  },
};

export const headersModule = {
  headers: async () => current().headers,
  cookies: async () => {
    const jar = current().cookies;
    return {
      get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) as string } : undefined),
      set: (name: string, value: string) => void jar.set(name, value),
      delete: (name: string) => void jar.delete(name),
      has: (name: string) => jar.has(name),
      getAll: () => [...jar].map(([name, value]) => ({ name, value })),
    };
  },
};

export const cacheModule = {
  revalidatePath: () => undefined,
  revalidateTag: () => undefined,
  updateTag: () => undefined,
  refresh: () => undefined,
};

function translator(namespace?: string) {
  const t = createTranslator({ locale: "en", messages: loadMessages("en"), namespace: namespace as never });
  return Object.assign((key: string, values?: Record<string, unknown>) => (t as (k: string, v?: unknown) => string)(key, values), {
    has: (key: string) => (t as unknown as { has: (k: string) => boolean }).has(key),
    rich: t.rich,
    markup: t.markup,
    raw: t.raw,
  });
}

export const intlModule = {
  getTranslations: async (arg?: string | { namespace?: string }) => translator(typeof arg === "string" ? arg : arg?.namespace),
  getLocale: async () => "en",
};

export const nextAuthModule = { CredentialsSignin, AuthError: Error, default: () => authModule };
