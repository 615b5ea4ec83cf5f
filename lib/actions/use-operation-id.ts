"use client";

import { useCallback, useState } from "react";
import type { ActionResult } from "./result";

/**
 * The id of the money-moving operation a form is about to perform. It stays the same while the
 * outcome is unknown (a timeout, a lost response), so pressing the button again retries the SAME
 * operation with the same idempotency key; it changes once the operation has settled, so the next
 * submission is a new operation. A double click sends one id twice, and the ledger runs it once.
 */
export function useOperationId() {
  const [operationId, setOperationId] = useState(() => crypto.randomUUID());
  const settle = useCallback((result: ActionResult<unknown>) => {
    if (result.ok || result.outcome !== "unknown") setOperationId(crypto.randomUUID());
  }, []);
  return { operationId, settle };
}
