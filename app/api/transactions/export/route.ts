import type { NextRequest } from "next/server";
import { routeFailure } from "@/lib/api/polled-get";
import { writeAudit } from "@/lib/audit/write";
import { requireRole } from "@/lib/auth/session";
import { openTransactionExport } from "@/lib/data/transaction-export";
import { getDb } from "@/lib/db";
import { transactionFiltersSchema } from "@/lib/schemas/transactions";

/**
 * The whole filtered transaction set as CSV, streamed page by page. `x-export-scan-total` tells
 * the browser how many transactions the window holds, for its progress bar; the export is audited
 * with its filters and row count once the last row is sent.
 */
export async function GET(request: NextRequest) {
  try {
    const user = await requireRole("viewer");
    const filters = transactionFiltersSchema.parse(Object.fromEntries(request.nextUrl.searchParams));
    const exported = await openTransactionExport(filters);
    const details = { ...filters, from: exported.range.from, to: exported.range.to };
    // The stream outlives this function; its end (or a reader who went away) is audited then.
    void exported.done
      .then(
        async ({ rows }) => writeAudit(await getDb(), { actor: user, action: "transactions.export", outcome: "success", details: { ...details, rows } }),
        async (error: unknown) =>
          writeAudit(await getDb(), { actor: user, action: "transactions.export", outcome: "failure", details: { ...details, error: error instanceof Error ? error.message : "cancelled" } }),
      )
      .catch((error: unknown) => console.error("[transactions export] audit", error instanceof Error ? error.message : error));
    const name = ["transactions", exported.range.from, exported.range.to].filter(Boolean).join("-");
    return new Response(exported.body, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${name}.csv"`,
        "cache-control": "no-store",
        "x-export-scan-total": String(exported.scanTotal),
        ...(exported.range.narrowed ? { "x-export-range-narrowed": "1" } : {}),
      },
    });
  } catch (error) {
    return routeFailure(error);
  }
}
