import "server-only";
import { balanceTransactionPage, issuingBalance, issuingBalancePage } from "../schemas/issuing-ledger";
import { callSpec, type CallOptions, issuingPaging, type PageParams, type Transport } from "./shared";

export type ListBalanceTransactionsParams = PageParams & {
  /** ISO-8601; UQPAY allows at most a 90-day window. */
  start_time?: string;
  end_time?: string;
  transaction_type?: string;
  transaction_status?: string;
  currency?: string;
  transaction_id?: string;
};

export function balancesResource(request: Transport) {
  return {
    // Retrieve-by-currency is a POST with a JSON body on UQPAY (all five official clients agree).
    retrieve: async (currency: string, opts?: CallOptions) =>
      request(
        { method: "POST", path: "/v1/issuing/balances", body: { currency: currency.trim().toUpperCase() }, ...callSpec(opts) },
        issuingBalance,
      ),

    list: async (params: PageParams & { currency?: string } = {}, opts?: CallOptions) =>
      request(
        { method: "GET", path: "/v1/issuing/balances", query: { ...issuingPaging(params), currency: params.currency }, ...callSpec(opts) },
        issuingBalancePage,
      ),

    listTransactions: async (params: ListBalanceTransactionsParams = {}, opts?: CallOptions) => {
      const { page_size, page_number, ...filters } = params;
      return request(
        {
          method: "GET",
          path: "/v1/issuing/balances/transactions",
          query: { ...issuingPaging({ page_size, page_number }), ...filters },
          ...callSpec(opts),
        },
        balanceTransactionPage,
      );
    },
  };
}
