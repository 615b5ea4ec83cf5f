import { eq } from "drizzle-orm";
import type { DB } from "@/lib/db/client";
import { connections } from "@/lib/db/schema";
import { keyId, open, seal } from "./crypto";

/**
 * Re-encrypts every stored secret from `oldKey` to `newKey` in one transaction: either all rows
 * move to the new key or none do. Rows already under the new key are left alone, so an
 * interrupted rotation can simply be run again.
 */
export async function reencryptConnections(db: DB, oldKey: string, newKey: string): Promise<{ rotated: number; skipped: number }> {
  const newId = keyId(newKey);
  return db.transaction(async (tx) => {
    const rows = await tx.select().from(connections).for("update");
    let rotated = 0;
    for (const row of rows) {
      if (row.apiKeyEnc.split(".")[1] === newId) continue;
      const reseal = (sealed: string, context: string) => seal(open(sealed, oldKey, context), newKey, context);
      await tx
        .update(connections)
        .set({
          apiKeyEnc: reseal(row.apiKeyEnc, "api_key"),
          webhookSecretEnc: row.webhookSecretEnc ? reseal(row.webhookSecretEnc, "webhook_secret") : null,
        })
        .where(eq(connections.id, row.id));
      rotated += 1;
    }
    return { rotated, skipped: rows.length - rotated };
  });
}
