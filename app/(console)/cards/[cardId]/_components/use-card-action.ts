"use client";

import type { ActionResult } from "@/lib/actions/result";
import { useOperationAction } from "@/lib/actions/use-operation-action";
import type { CardMutationResult } from "@/lib/cards/operations";

/**
 * A card action. The actions revalidate the card's page, so the server's re-rendered page (the
 * card UQPAY now reports, its transactions and timeline) comes back with the action's answer.
 */
export function useCardAction<P extends { operationId: string }>(action: (input: P) => Promise<ActionResult<CardMutationResult>>) {
  return useOperationAction(action, () => undefined);
}
