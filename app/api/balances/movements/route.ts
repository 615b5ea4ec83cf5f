import type { NextRequest } from "next/server";
import { polledGet } from "@/lib/api/polled-get";
import { listMovements } from "@/lib/data/balances";
import { parseBalanceMovementQuery } from "@/lib/schemas/balances";

export async function GET(request: NextRequest) {
  const { filters, page } = parseBalanceMovementQuery(request.nextUrl.searchParams);
  return polledGet(() => listMovements(filters, page));
}
