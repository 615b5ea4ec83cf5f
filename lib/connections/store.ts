import { asc, eq, sql } from "drizzle-orm";
import { cache } from "react";
import type { DB } from "@/lib/db/client";
import { connections } from "@/lib/db/schema";
import type { ConnectionEnvironment } from "@/lib/schemas/connections";
import { lastFour, open, seal } from "./crypto";

/** What the browser may see of a connection: secrets only as their last four characters. */
export type ConnectionView = {
  id: string;
  name: string;
  environment: ConnectionEnvironment;
  baseUrl: string;
  clientId: string;
  apiKeyLast4: string;
  webhookSecretLast4: string | null;
  onBehalfOf: string | null;
  isActive: boolean;
  updatedAt: Date;
};

/** A decrypted connection, for server code that calls UQPAY or verifies webhooks. */
export type ConnectionSecrets = ConnectionView & { apiKey: string; webhookSecret: string | null };

export type ConnectionWrite = {
  name: string;
  environment: ConnectionEnvironment;
  baseUrl: string;
  clientId: string;
  apiKey?: string;
  webhookSecret?: string | null;
  onBehalfOf?: string | null;
};

export class ConnectionError extends Error {
  constructor(readonly code: "not_found" | "name_taken") {
    super(code);
    this.name = "ConnectionError";
  }
}

const view = {
  id: connections.id,
  name: connections.name,
  environment: connections.environment,
  baseUrl: connections.baseUrl,
  clientId: connections.clientId,
  apiKeyLast4: connections.apiKeyLast4,
  webhookSecretLast4: connections.webhookSecretLast4,
  onBehalfOf: connections.onBehalfOf,
  isActive: connections.isActive,
  updatedAt: connections.updatedAt,
};

function sealedColumns(key: string, write: Pick<ConnectionWrite, "apiKey" | "webhookSecret">) {
  return {
    ...(write.apiKey ? { apiKeyEnc: seal(write.apiKey, key, "api_key"), apiKeyLast4: lastFour(write.apiKey) } : {}),
    ...(write.webhookSecret !== undefined
      ? {
          webhookSecretEnc: write.webhookSecret ? seal(write.webhookSecret, key, "webhook_secret") : null,
          webhookSecretLast4: write.webhookSecret ? lastFour(write.webhookSecret) : null,
        }
      : {}),
  };
}

export async function listConnections(db: DB): Promise<ConnectionView[]> {
  return db.select(view).from(connections).orderBy(asc(connections.createdAt));
}

export async function createConnection(db: DB, key: string, write: ConnectionWrite & { apiKey: string }, id?: string): Promise<ConnectionView> {
  const [row] = await db
    .insert(connections)
    .values({
      ...(id ? { id } : {}),
      name: write.name,
      environment: write.environment,
      baseUrl: write.baseUrl,
      clientId: write.clientId,
      onBehalfOf: write.onBehalfOf ?? null,
      ...(sealedColumns(key, write) as { apiKeyEnc: string; apiKeyLast4: string }),
    })
    .onConflictDoNothing()
    .returning(view);
  if (!row) throw new ConnectionError("name_taken");
  return row;
}

export async function updateConnection(db: DB, key: string, id: string, write: ConnectionWrite): Promise<ConnectionView> {
  const [clash] = await db.select({ id: connections.id }).from(connections).where(eq(connections.name, write.name));
  if (clash && clash.id !== id) throw new ConnectionError("name_taken");
  const [row] = await db
    .update(connections)
    .set({
      name: write.name,
      environment: write.environment,
      baseUrl: write.baseUrl,
      clientId: write.clientId,
      onBehalfOf: write.onBehalfOf ?? null,
      ...sealedColumns(key, write),
      updatedAt: sql`now()`,
    })
    .where(eq(connections.id, id))
    .returning(view);
  if (!row) throw new ConnectionError("not_found");
  return row;
}

export async function deleteConnection(db: DB, id: string): Promise<ConnectionView> {
  const [row] = await db.delete(connections).where(eq(connections.id, id)).returning(view);
  if (!row) throw new ConnectionError("not_found");
  return row;
}

/** Makes `id` the console's active connection; the partial unique index keeps it to one. */
export async function activateConnection(db: DB, id: string): Promise<ConnectionView> {
  return db.transaction(async (tx) => {
    await tx.update(connections).set({ isActive: false }).where(eq(connections.isActive, true));
    const [row] = await tx.update(connections).set({ isActive: true }).where(eq(connections.id, id)).returning(view);
    if (!row) throw new ConnectionError("not_found");
    return row;
  });
}

/**
 * The active connection's row, read once per page render: the layout's header, the page and its
 * UQPAY calls all need it (outside a render, e.g. in an action, every call reads afresh).
 */
const activeRow = cache(async (db: DB) => {
  const [row] = await db.select().from(connections).where(eq(connections.isActive, true));
  return row ?? null;
});

export async function activeConnectionView(db: DB): Promise<ConnectionView | null> {
  const row = await activeRow(db);
  return row ? toView(row) : null;
}

export async function loadConnection(db: DB, key: string, id: string): Promise<ConnectionSecrets | null> {
  const [row] = await db.select().from(connections).where(eq(connections.id, id));
  return row ? decrypt(row, key) : null;
}

export async function loadActiveConnection(db: DB, key: string): Promise<ConnectionSecrets | null> {
  const row = await activeRow(db);
  return row ? decrypt(row, key) : null;
}

// An allow-list, like `view`: a column added later stays out of what the browser may see.
function toView(row: typeof connections.$inferSelect): ConnectionView {
  const { id, name, environment, baseUrl, clientId, apiKeyLast4, webhookSecretLast4, onBehalfOf, isActive, updatedAt } = row;
  return { id, name, environment, baseUrl, clientId, apiKeyLast4, webhookSecretLast4, onBehalfOf, isActive, updatedAt };
}

function decrypt(row: typeof connections.$inferSelect, key: string): ConnectionSecrets {
  const { apiKeyEnc, webhookSecretEnc, createdAt: _created, ...rest } = row;
  return {
    ...rest,
    apiKey: open(apiKeyEnc, key, "api_key"),
    webhookSecret: webhookSecretEnc ? open(webhookSecretEnc, key, "webhook_secret") : null,
  };
}
