import { randomBytes } from "node:crypto";
import type { Role } from "@/lib/auth/roles";
import { activateConnection, createConnection } from "@/lib/connections/store";
import type { DB, DbHandle } from "@/lib/db/client";
import { Harness } from "@/lib/emulator/testing/harness";
import type { EmulatorOptions } from "@/lib/emulator/server";
import { addMember } from "@/lib/team/members";
import { openTestDb } from "./test-db";

export type WorldUser = { id: string; email: string; role: Role };
export type ConsoleWorld = { db: DB; users: Record<Role, WorldUser>; encryptionKey: string; close: () => Promise<void> };

const globalForDb = globalThis as unknown as { consoleDb?: Promise<DbHandle> };

/**
 * A whole console backend for one test file: a fresh migrated database installed as the one
 * `getDb()` returns, fixed secrets, no auto-registered emulator, and one member of each role.
 * Must be opened before the first call into code that reads the console environment.
 */
export async function openConsoleWorld(): Promise<ConsoleWorld> {
  // Test-only: the console environment is read once, from process.env, by lib/env.ts.
  process.env.AUTH_SECRET ||= randomBytes(32).toString("base64");
  process.env.CONSOLE_ENCRYPTION_KEY ||= randomBytes(32).toString("base64");
  process.env.CONSOLE_DEFAULT_EMULATOR = "0";
  const handle = await openTestDb();
  globalForDb.consoleDb = Promise.resolve(handle);
  const users = {} as Record<Role, WorldUser>;
  for (const role of ["viewer", "operator", "admin"] as const) {
    const m = await addMember(handle.db, { name: `${role} member`, email: `${role}-${randomBytes(3).toString("hex")}@example.com`, role, password: "correct horse battery staple" });
    users[role] = { id: m.id, email: m.email, role };
  }
  return {
    db: handle.db,
    users,
    encryptionKey: process.env.CONSOLE_ENCRYPTION_KEY,
    close: async () => {
      globalForDb.consoleDb = undefined;
      await handle.close();
    },
  };
}

export type EmulatedConsole = ConsoleWorld & { harness: Harness; connectionId: string };

/** A console world whose active connection is an in-process UQPAY emulator (test mode, memory DB). */
export async function openEmulatedConsole(options: EmulatorOptions = {}): Promise<EmulatedConsole> {
  const world = await openConsoleWorld();
  const harness = await Harness.start({ mode: "test", ...options });
  await harness.login();
  const { emu } = harness;
  const connection = await createConnection(world.db, world.encryptionKey, {
    name: "Emulator",
    environment: "emulator",
    baseUrl: emu.apiBase,
    clientId: emu.credentials.clientId,
    apiKey: emu.credentials.apiKey,
    webhookSecret: "emu_whsec_0123456789abcdef",
  });
  await activateConnection(world.db, connection.id);
  return {
    ...world,
    harness,
    connectionId: connection.id,
    close: async () => {
      await harness.close();
      await world.close();
    },
  };
}
