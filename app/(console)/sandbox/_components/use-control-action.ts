"use client";

import { createContext, useContext, useTransition } from "react";
import { toast } from "@/lib/toast";
import type { ActionResult } from "@/lib/actions/result";

/** Reads the emulator's status again (EmulatorControls provides it). */
export const ReloadStatus = createContext<() => Promise<void>>(async () => undefined);

/** Runs an emulator control action, reports it, and refreshes the controls panel. */
export function useControlAction() {
  const reload = useContext(ReloadStatus);
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
        await reload();
        resolve(true);
      }),
    );
  return { pending, run };
}
