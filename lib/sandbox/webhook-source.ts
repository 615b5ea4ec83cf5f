import "server-only";
import { and, asc, eq, gte } from "drizzle-orm";
import type { DB } from "@/lib/db/client";
import { webhookEvents } from "@/lib/db/schema";
import type { EmulatorControl } from "./emulator-control";

// Where a run looks for the webhooks its steps wait for. On the emulator: its delivery log (what
// was sent, whether or not anyone received it). Elsewhere: the console's own webhook inbox for the
// connection (what UQPAY delivered here), when the run has the console's database.

export type SeenWebhook = { order: number; eventId: string; eventType: string; status: string; time: string; payload: unknown };
export type WebhookSource = { name: "emulator" | "console"; list: (eventType: string) => Promise<SeenWebhook[]> };

/** Only what this run caused: deliveries logged after `baseline` (the log's last id at the start). */
export async function emulatorWebhookSource(control: EmulatorControl): Promise<WebhookSource> {
  const baseline = Math.max(0, ...(await control.deliveries()).map((d) => d.id));
  return {
    name: "emulator",
    list: async (eventType) =>
      (await control.deliveries({ eventType }))
        .filter((d) => d.id > baseline)
        .map((d) => ({ order: d.id, eventId: d.event_id, eventType: d.event_type, status: d.status, time: d.emulated_time, payload: d.payload })),
  };
}

/** Accepted events received for the connection since the run started, in arrival order. */
export function consoleWebhookSource(db: DB, connectionId: string, since: Date): WebhookSource {
  return {
    name: "console",
    list: async (eventType) => {
      const rows = await db
        .select({ eventId: webhookEvents.eventId, eventType: webhookEvents.eventType, receivedAt: webhookEvents.receivedAt, payload: webhookEvents.payload })
        .from(webhookEvents)
        .where(and(eq(webhookEvents.connectionId, connectionId), eq(webhookEvents.status, "accepted"), eq(webhookEvents.eventType, eventType), gte(webhookEvents.receivedAt, since)))
        .orderBy(asc(webhookEvents.receivedAt));
      return rows.map((r, i) => ({ order: i, eventId: r.eventId ?? "", eventType: r.eventType ?? eventType, status: "received", time: r.receivedAt.toISOString(), payload: r.payload }));
    },
  };
}
