import "server-only";
import { count } from "drizzle-orm";
import { cache } from "react";
import { consoleEnv, emulatorEnv } from "@/lib/env";
import { getDb, type DB } from "@/lib/db";
import { connections } from "@/lib/db/schema";
import { createUqpayClient, type UqpayClient } from "@/lib/uqpay/client";
import { DEFAULT_EMULATOR_CONNECTION_ID } from "./defaults";
import { activateConnection, createConnection, loadActiveConnection, loadConnection, type ConnectionSecrets } from "./store";

const globalForConnections = globalThis as unknown as { defaultConnectionReady?: Promise<void> };

/**
 * On the embedded default the console registers the emulator it was started beside as its
 * first, active connection, so a fresh install works without configuration.
 */
async function ensureDefaultConnection(db: DB): Promise<void> {
  const env = consoleEnv();
  if (!env.CONSOLE_DEFAULT_EMULATOR) return;
  const [row] = await db.select({ n: count() }).from(connections);
  if ((row?.n ?? 0) > 0) return;
  const emulator = emulatorEnv();
  try {
    await createConnection(
      db,
      env.CONSOLE_ENCRYPTION_KEY,
      {
        name: "Local emulator",
        environment: "emulator",
        baseUrl: env.EMULATOR_URL,
        clientId: emulator.EMULATOR_CLIENT_ID,
        apiKey: emulator.EMULATOR_API_KEY,
        webhookSecret: emulator.EMULATOR_WEBHOOK_SECRET,
      },
      DEFAULT_EMULATOR_CONNECTION_ID,
    );
    await activateConnection(db, DEFAULT_EMULATOR_CONNECTION_ID);
  } catch (error) {
    // Another instance registered it first; theirs is as good as ours.
    if (!(error instanceof Error && error.name === "ConnectionError")) throw error;
  }
}

export async function consoleDb(): Promise<DB> {
  const db = await getDb();
  globalForConnections.defaultConnectionReady ??= ensureDefaultConnection(db).catch((error: unknown) => {
    globalForConnections.defaultConnectionReady = undefined;
    throw error;
  });
  await globalForConnections.defaultConnectionReady;
  return db;
}

/** The console's active connection, decrypted; null when none is configured. One read per request. */
export const activeConnection = cache(async (): Promise<ConnectionSecrets | null> => {
  return loadActiveConnection(await consoleDb(), consoleEnv().CONSOLE_ENCRYPTION_KEY);
});

export async function connectionById(id: string): Promise<ConnectionSecrets | null> {
  return loadConnection(await consoleDb(), consoleEnv().CONSOLE_ENCRYPTION_KEY, id);
}

export class NoConnectionError extends Error {
  readonly code = "no_connection";
  constructor() {
    super("No active UQPAY connection. An admin can add one under Settings → Connections.");
    this.name = "NoConnectionError";
  }
}

/** The active connection and a client for it; throws NoConnectionError when none is configured. */
export async function activeUqpay(): Promise<{ connection: ConnectionSecrets; uqpay: UqpayClient }> {
  const connection = await activeConnection();
  if (!connection) throw new NoConnectionError();
  return { connection, uqpay: uqpayClientFor(connection) };
}

export function uqpayClientFor(connection: ConnectionSecrets): UqpayClient {
  return createUqpayClient({
    id: connection.id,
    baseUrl: connection.baseUrl,
    clientId: connection.clientId,
    apiKey: connection.apiKey,
    onBehalfOf: connection.onBehalfOf ?? undefined,
  });
}
