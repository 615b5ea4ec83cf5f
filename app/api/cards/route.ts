import type { NextRequest } from "next/server";
import { cardsGet } from "@/lib/cards/route";
import { listCards } from "@/lib/data/cards";
import { parseCardFilters } from "@/lib/schemas/card-filters";

export async function GET(request: NextRequest) {
  return cardsGet(() => listCards(parseCardFilters(request.nextUrl.searchParams)));
}
