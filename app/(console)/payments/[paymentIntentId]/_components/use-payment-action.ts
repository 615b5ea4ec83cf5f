"use client";

import { useQueryClient } from "@tanstack/react-query";
import type { ActionResult } from "@/lib/actions/result";
import { useOperationAction } from "@/lib/actions/use-operation-action";
import type { PaymentDetail } from "@/lib/payments/data";
import type { PaymentMutationResult } from "@/lib/payments/operations";
import { paymentKeys } from "@/lib/query/payments";

/** A payment action: on success UQPAY's answer goes on screen at once, then attempts and refunds refetch. */
export function usePaymentAction<P extends { operationId: string }>(
  paymentIntentId: string,
  action: (input: P) => Promise<ActionResult<PaymentMutationResult>>,
) {
  const queryClient = useQueryClient();
  return useOperationAction(action, async ({ intent }) => {
    if (intent) queryClient.setQueryData<PaymentDetail>(paymentKeys.detail(paymentIntentId), (old) => (old ? { ...old, intent } : old));
    await queryClient.invalidateQueries({ queryKey: paymentKeys.detail(paymentIntentId) });
  });
}
