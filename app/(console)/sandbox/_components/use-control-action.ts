"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTransition } from "react";
import { toast } from "@/lib/toast";
import type { ActionResult } from "@/lib/actions/result";
import { sandboxKeys } from "@/lib/query/sandbox";

/** Runs an emulator control action, reports it, and refreshes the controls panel. */
export function useControlAction() {
  const queryClient = useQueryClient();
  const [pending, startTransition] = useTransition();
  const run = <T,>(call: () => Promise<ActionResult<T>>, success: string, after?: (data: T) => void) =>
    new Promise<boolean>((resolve) =>
      startTransition(async () => {
        const result = await call();
        if (!result.ok) {
          toast.error(result.message);
          return resolve(false);
        }
        toast.success(success);
        after?.(result.data);
        await queryClient.invalidateQueries({ queryKey: sandboxKeys.emulator });
        resolve(true);
      }),
    );
  return { pending, run };
}
