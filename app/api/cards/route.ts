import type { NextRequest } from "next/server";
import { polledGet } from "@/lib/api/polled-get";
import { listCards } from "@/lib/data/cards";
import { parseCardFilters } from "@/lib/schemas/card-filters";

export async function GET(request: NextRequest) {
  return polledGet(() => listCards(parseCardFilters(request.nextUrl.searchParams)));
}
