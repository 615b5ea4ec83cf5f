"use client";

import { useState } from "react";
import type { ActionFailure, ActionResult } from "./result";
import { useOperationId } from "./use-operation-id";

/**
 * Runs a ledgered server action with the form's operation id (a retry after an unknown outcome
 * reuses it), tracks pending and failure for the form, and hands a success to `onSuccess`.
 */
export function useOperationAction<P extends { operationId: string }, T>(
  action: (input: P) => Promise<ActionResult<T>>,
  onSuccess: (data: T) => Promise<void> | void,
) {
  const { operationId, settle } = useOperationId();
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<ActionFailure | null>(null);

  const run = async (input: Omit<P, "operationId">): Promise<ActionResult<T>> => {
    setPending(true);
    setFailure(null);
    try {
      const result = await action({ ...input, operationId } as P);
      settle(result);
      if (result.ok) await onSuccess(result.data);
      else setFailure(result);
      return result;
    } finally {
      setPending(false);
    }
  };
  return { run, pending, failure, setFailure, operationId };
}
