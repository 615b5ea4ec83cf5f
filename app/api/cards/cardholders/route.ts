import type { NextRequest } from "next/server";
import { polledGet } from "@/lib/api/polled-get";
import { searchCardholders } from "@/lib/data/card-issuing";

/** The issue form's cardholder picker (UQPAY cannot filter cardholders by email or name). */
export async function GET(request: NextRequest) {
  return polledGet(() => searchCardholders((request.nextUrl.searchParams.get("q") ?? "").slice(0, 100)));
}
