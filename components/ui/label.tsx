import type { ComponentProps } from "react";
import { cn } from "@/lib/utils";

/**
 * A plain <label> (Radix's only adds double-click text-selection handling, and brought its Slot
 * into every form's first load). `text-sm/none` is the size with line-height 1 in one utility, so
 * a caller's `text-xs` replaces both, as tailwind-merge did for `text-sm leading-none`.
 */
export function Label({ className, ...props }: ComponentProps<"label">) {
  return <label className={cn("text-sm/none font-medium", className)} {...props} />;
}
