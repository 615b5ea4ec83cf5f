import "server-only";
import { connectionById, consoleDb, uqpayClientFor } from "@/lib/connections";
import { reconcilePending } from "./reconcile";

// Well past the client's 45 s deadline: an operation this old has no call in flight anywhere.
const SETTLE_AFTER_MS = 15 * 60_000;
const FIRST_RUN_MS = 60_000;
const EVERY_MS = 5 * 60_000;

const globalForReconciler = globalThis as unknown as { operationsReconciler?: NodeJS.Timeout };

async function runOnce(): Promise<void> {
  try {
    const report = await reconcilePending(
      await consoleDb(),
      async (id) => {
        const connection = await connectionById(id);
        return connection ? uqpayClientFor(connection) : null;
      },
      { olderThanMs: SETTLE_AFTER_MS },
    );
    const settled = report.succeeded.length + report.failed.length;
    if (settled || report.stillUnknown.length) {
      console.info(`[operations] reconciled ${settled} pending operation(s): ${report.succeeded.length} applied, ${report.failed.length} never applied, ${report.stillUnknown.length} still unknown`);
    }
  } catch (error) {
    console.error("[operations] reconciliation failed:", error instanceof Error ? error.message : "unexpected");
  }
}

/** After a restart (and every few minutes), settles what a crashed or killed process left pending. */
export function startReconciler(): void {
  if (globalForReconciler.operationsReconciler) return;
  const first = setTimeout(() => {
    void runOnce();
    globalForReconciler.operationsReconciler = setInterval(() => void runOnce(), EVERY_MS);
    globalForReconciler.operationsReconciler.unref();
  }, FIRST_RUN_MS);
  first.unref();
  globalForReconciler.operationsReconciler = first;
}
