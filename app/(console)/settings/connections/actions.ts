"use server";

import { revalidatePath } from "next/cache";
import { ActionError, serverAction } from "@/lib/actions/server-action";
import { writeAudit } from "@/lib/audit/write";
import { consoleEnv } from "@/lib/env";
import { connectionById } from "@/lib/connections";
import { baseUrlFor } from "@/lib/connections/defaults";
import { probeConnection } from "@/lib/connections/probe";
import { activateConnection, ConnectionError, createConnection, deleteConnection, updateConnection } from "@/lib/connections/store";
import { connectionIdSchema, createConnectionSchema, updateConnectionSchema } from "@/lib/schemas/connections";

const PATH = "/settings/connections";

function asActionError(error: unknown): never {
  if (error instanceof ConnectionError) throw new ActionError(error.code, error.code === "name_taken" ? { name: ["name_taken"] } : undefined);
  throw error;
}

function refresh() {
  revalidatePath(PATH);
  revalidatePath("/", "layout");
}

// Audit details name what changed, never a secret's value.
export const addConnection = serverAction({ name: "connection.create", role: "admin", schema: createConnectionSchema }, async (input, { user, db }) => {
  const env = consoleEnv();
  const baseUrl = baseUrlFor(input.environment, input.baseUrl, env.EMULATOR_URL);
  const row = await createConnection(db, env.CONSOLE_ENCRYPTION_KEY, { ...input, baseUrl }).catch(asActionError);
  await writeAudit(db, { actor: user, action: "connection.create", target: row.name, outcome: "success", details: { environment: row.environment, base_url: baseUrl } });
  refresh();
  return { id: row.id, name: row.name };
});

export const editConnection = serverAction({ name: "connection.update", role: "admin", schema: updateConnectionSchema }, async (input, { user, db }) => {
  const env = consoleEnv();
  const baseUrl = baseUrlFor(input.environment, input.baseUrl, env.EMULATOR_URL);
  const webhookSecret = input.clearWebhookSecret ? null : input.webhookSecret;
  const row = await updateConnection(db, env.CONSOLE_ENCRYPTION_KEY, input.id, { ...input, baseUrl, webhookSecret }).catch(asActionError);
  await writeAudit(db, {
    actor: user,
    action: "connection.update",
    target: row.name,
    outcome: "success",
    details: { environment: row.environment, base_url: baseUrl, api_key_replaced: Boolean(input.apiKey), webhook_secret_changed: webhookSecret !== undefined },
  });
  refresh();
  return { id: row.id, name: row.name };
});

export const removeConnection = serverAction({ name: "connection.delete", role: "admin", schema: connectionIdSchema }, async ({ id }, { user, db }) => {
  const row = await deleteConnection(db, id).catch(asActionError);
  await writeAudit(db, { actor: user, action: "connection.delete", target: row.name, outcome: "success" });
  refresh();
  return { name: row.name };
});

export const makeConnectionActive = serverAction({ name: "connection.activate", role: "admin", schema: connectionIdSchema }, async ({ id }, { user, db }) => {
  const row = await activateConnection(db, id).catch(asActionError);
  await writeAudit(db, { actor: user, action: "connection.activate", target: row.name, outcome: "success", details: { environment: row.environment } });
  refresh();
  return { name: row.name };
});

export const testConnection = serverAction({ name: "connection.test", role: "admin", schema: connectionIdSchema }, async ({ id }) => {
  const connection = await connectionById(id);
  if (!connection) throw new ActionError("not_found");
  const result = await probeConnection(connection);
  if (!result.ok) throw result.error;
  return { tokenMs: result.tokenMs, productsMs: result.productsMs, productCount: result.productCount };
});
