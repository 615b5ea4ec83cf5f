import { NextResponse, type NextRequest } from "next/server";
import { auditBatches } from "@/lib/audit/query";
import { AuthorizationError, requireRole } from "@/lib/auth/session";
import { csvLines } from "@/lib/csv";
import { getDb } from "@/lib/db";
import { auditFiltersSchema } from "@/lib/schemas/audit";

const COLUMNS = ["at", "actor_email", "actor_role", "action", "target", "outcome", "idempotency_key", "error_code", "details"];

/** The whole filtered audit log as CSV, streamed batch by batch. */
export async function GET(request: NextRequest) {
  try {
    await requireRole("viewer");
  } catch (error) {
    if (error instanceof AuthorizationError) return NextResponse.json({ code: error.code }, { status: error.code === "unauthenticated" ? 401 : 403 });
    throw error;
  }
  const filters = auditFiltersSchema.parse(Object.fromEntries(request.nextUrl.searchParams));
  const db = await getDb();
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      controller.enqueue(encoder.encode(csvLines([COLUMNS])));
      for await (const rows of auditBatches(db, filters)) {
        const records = rows.map((r) => [
          r.at.toISOString(),
          r.actorEmail ?? "",
          r.actorRole ?? "",
          r.action,
          r.target ?? "",
          r.outcome,
          String(r.details.idempotency_key ?? ""),
          String(r.details.error_code ?? ""),
          JSON.stringify(r.details),
        ]);
        controller.enqueue(encoder.encode(csvLines(records)));
      }
      controller.close();
    },
  });
  const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, "-");
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="audit-${stamp}.csv"`,
      "cache-control": "no-store",
    },
  });
}
