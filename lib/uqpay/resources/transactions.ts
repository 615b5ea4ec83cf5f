import "server-only";
import { cardTransaction, cardTransactionPage } from "../schemas/issuing-ledger";
import { callSpec, type CallOptions, issuingPaging, type PageParams, pathId, type Transport } from "./shared";

/** start_time/end_time are ISO-8601 and at most 90 days apart. */
export type ListCardTransactionsParams = PageParams & { card_id?: string; start_time?: string; end_time?: string };

export function cardTransactionsResource(request: Transport) {
  return {
    list: async (params: ListCardTransactionsParams = {}, opts?: CallOptions) => {
      const { page_size, page_number, ...filters } = params;
      return request(
        { method: "GET", path: "/v1/issuing/transactions", query: { ...issuingPaging({ page_size, page_number }), ...filters }, ...callSpec(opts) },
        cardTransactionPage,
      );
    },

    retrieve: async (transactionId: string, opts?: CallOptions) =>
      request({ method: "GET", path: `/v1/issuing/transactions/${pathId(transactionId, "transaction_id")}`, ...callSpec(opts) }, cardTransaction),
  };
}
