"use client";

import { useQueryClient } from "@tanstack/react-query";
import type { ActionResult } from "@/lib/actions/result";
import { useOperationAction } from "@/lib/actions/use-operation-action";
import type { CardMutationResult } from "@/lib/cards/operations";
import type { CardDetail } from "@/lib/data/cards";
import { cardKeys } from "@/lib/query/cards";

/** A card action: on success the card UQPAY now reports goes on screen, and the card, its transactions and timeline refetch. */
export function useCardAction<P extends { operationId: string }>(cardId: string, action: (input: P) => Promise<ActionResult<CardMutationResult>>) {
  const queryClient = useQueryClient();
  return useOperationAction(action, async ({ card }) => {
    if (card) queryClient.setQueryData<CardDetail>(cardKeys.detail(cardId), (old) => (old ? { ...old, card } : old));
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: cardKeys.detail(cardId) }),
      queryClient.invalidateQueries({ queryKey: cardKeys.transactions(cardId) }),
      queryClient.invalidateQueries({ queryKey: cardKeys.timeline(cardId) }),
    ]);
  });
}
