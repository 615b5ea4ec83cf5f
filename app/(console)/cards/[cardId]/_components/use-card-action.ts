"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { ActionFailure, ActionResult } from "@/lib/actions/result";
import { useOperationId } from "@/lib/actions/use-operation-id";
import type { CardMutationResult } from "@/lib/cards/operations";
import type { CardDetail } from "@/lib/data/cards";
import { cardKeys } from "@/lib/query/cards";

/**
 * Runs one card action with the form's operation id (retries after an unknown outcome reuse it),
 * then puts the card UQPAY now reports on screen and refetches the card and its transactions.
 */
export function useCardAction<P extends { operationId: string }>(cardId: string, action: (input: P) => Promise<ActionResult<CardMutationResult>>) {
  const { operationId, settle } = useOperationId();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<ActionFailure | null>(null);

  const run = async (input: Omit<P, "operationId">): Promise<ActionResult<CardMutationResult>> => {
    setPending(true);
    setFailure(null);
    try {
      const result = await action({ ...input, operationId } as P);
      settle(result);
      if (result.ok) {
        const card = result.data.card;
        if (card) queryClient.setQueryData<CardDetail>(cardKeys.detail(cardId), (old) => (old ? { ...old, card } : old));
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: cardKeys.detail(cardId) }),
          queryClient.invalidateQueries({ queryKey: cardKeys.transactions(cardId) }),
          queryClient.invalidateQueries({ queryKey: cardKeys.timeline(cardId) }),
        ]);
      } else setFailure(result);
      return result;
    } finally {
      setPending(false);
    }
  };
  return { run, pending, failure, setFailure, operationId };
}
