import { CARD_TRANSACTION_STATUSES, CARD_TRANSACTION_TYPES } from "@/lib/uqpay/schemas/ledger-enums";
import type { SearchParamsLike } from "@/lib/schemas/search-params";
import { DAY_RE, matching, oneOf, rangedListQuery, readRangedList, uuid, type RangedListView } from "./read";

/** Card-transaction filters from the URL (lib/schemas/transactions holds the server's zod schema). */
export type TransactionFilters = {
  card?: string;
  status?: (typeof CARD_TRANSACTION_STATUSES)[number];
  type?: (typeof CARD_TRANSACTION_TYPES)[number];
  from?: string;
  to?: string;
};

export const TRANSACTION_FILTER_KEYS = ["card", "status", "type", "from", "to"] as const;

export type TransactionView = RangedListView<TransactionFilters>;

/** The browser's reading of the list URL into filters and a page; a range over UQPAY's 90 days comes back narrowed. */
export const readTransactionView = (params: SearchParamsLike): TransactionView =>
  readRangedList(
    (get) => ({
      card: uuid(get("card")),
      status: oneOf(get("status"), CARD_TRANSACTION_STATUSES),
      type: oneOf(get("type"), CARD_TRANSACTION_TYPES),
      from: matching(get("from"), DAY_RE),
      to: matching(get("to"), DAY_RE),
    }),
    params,
  );

/** Filters (and page) → URL query, the one spelling used by the list, its GET route, its export and its query key. */
export const transactionQuery = (filters: TransactionFilters, page = 1): string => rangedListQuery(filters, TRANSACTION_FILTER_KEYS, page);
