"use server";

import { and, eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { ActionError, serverAction } from "@/lib/actions/server-action";
import { writeAudit } from "@/lib/audit/write";
import { activeConnection } from "@/lib/connections";
import { webhookEvents } from "@/lib/db/schema";
import { webhookIdSchema } from "@/lib/schemas/webhooks";
import { applyStored } from "@/lib/webhooks/receive";

export const applyWebhookAgain = serverAction({ name: "webhook.apply_again", role: "admin", schema: webhookIdSchema }, async ({ id }, { user, db }) => {
  const connection = await activeConnection();
  const [row] = connection
    ? await db.select({ eventId: webhookEvents.eventId, status: webhookEvents.status }).from(webhookEvents).where(and(eq(webhookEvents.id, id), eq(webhookEvents.connectionId, connection.id)))
    : [];
  if (!row || row.status !== "accepted") throw new ActionError("not_found");
  const result = await applyStored(db, id);
  await writeAudit(db, { actor: user, action: "webhook.apply_again", target: row.eventId, outcome: "success", details: { apply_result: result } });
  revalidatePath("/webhooks");
  return { applyResult: result };
});
