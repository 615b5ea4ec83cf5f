import type { NextRequest } from "next/server";
import { polledGet } from "@/lib/api/polled-get";
import { listTransactions } from "@/lib/data/transactions";
import { parseTransactionView } from "@/lib/schemas/transactions";

export async function GET(request: NextRequest) {
  const { filters, page } = parseTransactionView(request.nextUrl.searchParams);
  return polledGet(() => listTransactions(filters, page));
}
