import "server-only";
import { simulatedTransaction } from "../schemas/issuing-ledger";
import { type AmountInput, callSpec, type CallOptions, issuingAmount, type Transport } from "./shared";

/** Sandbox only; UQPAY's sandbox simulates only BIN 40963608 and MCC 5734. */
export type SimulateAuthorizationParams = {
  card_id: string;
  transaction_amount: AmountInput;
  transaction_currency: string;
  merchant_name: string;
  merchant_category_code: string;
};

export function simulatorResource(request: Transport) {
  return {
    authorize: async (params: SimulateAuthorizationParams, opts?: CallOptions) =>
      request(
        {
          method: "POST",
          path: "/v1/simulation/issuing/authorization",
          body: { ...params, transaction_amount: issuingAmount(params.transaction_amount, "transaction_amount") },
          ...callSpec(opts),
        },
        simulatedTransaction,
      ),

    reverse: async (params: { transaction_id: string }, opts?: CallOptions) =>
      request(
        { method: "POST", path: "/v1/simulation/issuing/reversal", body: { transaction_id: params.transaction_id }, ...callSpec(opts) },
        simulatedTransaction,
      ),
  };
}
