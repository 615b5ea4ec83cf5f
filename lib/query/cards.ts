import type { CardDetail, CardListResult } from "@/lib/data/cards";
import type { CardholderOption } from "@/lib/data/card-issuing";
import type { CardTransactionView } from "@/lib/cards/view";
import type { CardTimelineData } from "@/lib/timeline/load";
import { cardFiltersQuery, type CardFilters } from "@/lib/filters/cards";
import { getJson } from "./fetch-json";

// Browser-side reads of the console's own card GET routes (DESIGN §3: TanStack Query for views
// that refresh in place). Query keys live here and nowhere else.

export const cardKeys = {
  all: ["cards"] as const,
  list: (filters: CardFilters) => ["cards", "list", cardFiltersQuery(filters)] as const,
  detail: (cardId: string) => ["cards", "detail", cardId] as const,
  transactions: (cardId: string) => ["cards", "transactions", cardId] as const,
  timeline: (cardId: string) => ["cards", "timeline", cardId] as const,
  cardholders: (q: string) => ["cards", "cardholders", q] as const,
};

export const fetchCards = (filters: CardFilters, signal?: AbortSignal) => getJson<CardListResult>(`/api/cards?${cardFiltersQuery(filters)}`, signal);
export const fetchCard = (cardId: string, signal?: AbortSignal) => getJson<CardDetail>(`/api/cards/${encodeURIComponent(cardId)}`, signal);
export const fetchCardTransactions = (cardId: string, signal?: AbortSignal) =>
  getJson<CardTransactionView[]>(`/api/cards/${encodeURIComponent(cardId)}/transactions`, signal);
export const fetchCardTimeline = (cardId: string, signal?: AbortSignal) =>
  getJson<CardTimelineData>(`/api/cards/${encodeURIComponent(cardId)}/timeline`, signal);
export const fetchCardholderOptions = (q: string, signal?: AbortSignal) =>
  getJson<CardholderOption[]>(`/api/cards/cardholders?q=${encodeURIComponent(q)}`, signal);
