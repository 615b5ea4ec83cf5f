import type { TransactionPage } from "@/lib/data/transactions";
import { transactionQuery, type TransactionFilters } from "@/lib/filters/transactions";
import { getJson } from "./fetch-json";

// Browser-side reads of the console's transactions GET route (DESIGN §3). Query keys live here.

export const transactionKeys = {
  all: ["transactions"] as const,
  list: (filters: TransactionFilters, page: number) => ["transactions", "list", transactionQuery(filters, page)] as const,
};

export const fetchTransactions = (filters: TransactionFilters, page: number, signal?: AbortSignal) =>
  getJson<TransactionPage>(`/api/transactions?${transactionQuery(filters, page)}`, signal);
