import type { MovementPage } from "@/lib/data/balances";
import { balanceMovementQuery, type BalanceFilters } from "@/lib/filters/balances";
import { getJson } from "./fetch-json";

// Browser-side reads of the console's balance-movement GET route (DESIGN §3). Query keys live here.

export const balanceKeys = {
  all: ["balances"] as const,
  movements: (filters: BalanceFilters, page: number) => ["balances", "movements", balanceMovementQuery(filters, page)] as const,
};

export const fetchMovements = (filters: BalanceFilters, page: number, signal?: AbortSignal) =>
  getJson<MovementPage>(`/api/balances/movements?${balanceMovementQuery(filters, page)}`, signal);
