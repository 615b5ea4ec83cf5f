"use client";

import { useRouter } from "next/navigation";
import type { ActionResult } from "@/lib/actions/result";
import { useOperationAction } from "@/lib/actions/use-operation-action";
import type { PaymentMutationResult } from "@/lib/payments/operations";

/** A payment action: on success the page renders again on the server with the intent, attempts and refunds as they are now. */
export function usePaymentAction<P extends { operationId: string }>(action: (input: P) => Promise<ActionResult<PaymentMutationResult>>) {
  const router = useRouter();
  return useOperationAction(action, () => router.refresh());
}
