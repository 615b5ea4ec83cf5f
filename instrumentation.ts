// Runs once when a console server starts (Next.js instrumentation hook).
export async function register() {
  // NEXT_RUNTIME is set by Next itself, not configuration; the Edge runtime has no database.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  try {
    const { startReconciler } = await import("./lib/operations/reconciler");
    startReconciler();
  } catch (error) {
    // Never stop the console from starting; pending operations then wait for the next start.
    console.error("[operations] reconciler not started:", error instanceof Error ? error.message : error);
  }
}
