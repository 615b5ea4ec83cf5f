import type { CardholderOption } from "@/lib/data/card-issuing";
import { getJson } from "./fetch-json";

// Browser-side reads of the console's own card GET routes for the issue form's cardholder search.
// The card pages themselves render on the server and refresh through router.refresh (issue #11).

export const cardKeys = {
  cardholders: (q: string) => ["cards", "cardholders", q] as const,
};

export const fetchCardholderOptions = (q: string, signal?: AbortSignal) =>
  getJson<CardholderOption[]>(`/api/cards/cardholders?q=${encodeURIComponent(q)}`, signal);
