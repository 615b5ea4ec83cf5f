"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { ActionFailure, ActionResult } from "@/lib/actions/result";
import { useOperationId } from "@/lib/actions/use-operation-id";
import type { PaymentDetail } from "@/lib/payments/data";
import type { PaymentMutationResult } from "@/lib/payments/operations";
import { paymentKeys } from "@/lib/payments/query";

/**
 * Runs one payment action with the form's operation id (a retry after an unknown outcome reuses
 * it), puts UQPAY's answer on screen at once, then refetches attempts and refunds.
 */
export function usePaymentAction<P extends { operationId: string }>(
  paymentIntentId: string,
  action: (input: P) => Promise<ActionResult<PaymentMutationResult>>,
) {
  const { operationId, settle } = useOperationId();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<ActionFailure | null>(null);

  const run = async (input: Omit<P, "operationId">): Promise<ActionResult<PaymentMutationResult>> => {
    setPending(true);
    setFailure(null);
    try {
      const result = await action({ ...input, operationId } as P);
      settle(result);
      if (result.ok) {
        const intent = result.data.intent;
        if (intent) queryClient.setQueryData<PaymentDetail>(paymentKeys.detail(paymentIntentId), (old) => (old ? { ...old, intent } : old));
        await queryClient.invalidateQueries({ queryKey: paymentKeys.detail(paymentIntentId) });
      } else setFailure(result);
      return result;
    } finally {
      setPending(false);
    }
  };
  return { run, pending, failure, setFailure, operationId };
}
