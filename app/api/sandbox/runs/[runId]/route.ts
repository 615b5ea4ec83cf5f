import { polledGet } from "@/lib/api/polled-get";
import { requireRole } from "@/lib/auth/session";
import { consoleDb } from "@/lib/connections";
import { getRun } from "@/lib/sandbox/runs";

export async function GET(_request: Request, { params }: { params: Promise<{ runId: string }> }) {
  const { runId } = await params;
  return polledGet(async () => {
    await requireRole("operator");
    // Run ids are UUIDs; anything else is simply not a run.
    const run = /^[0-9a-f-]{36}$/.test(runId) ? await getRun(await consoleDb(), runId) : null;
    return run ?? { ok: false, code: "not_found" };
  });
}
