import type { ComponentProps } from "react";
import { cn } from "@/lib/utils";

/**
 * A styled native <select>: accessible, keyboard- and test-friendly, no client JavaScript. Height
 * and width are defaults under :where() (no specificity), so a caller's `h-8 w-32` wins without
 * tailwind-merge (lib/utils.ts).
 */
export function NativeSelect({ className, ...props }: ComponentProps<"select">) {
  return (
    <select
      className={cn(
        "flex [:where(&)]:h-9 [:where(&)]:w-full rounded-md border bg-background px-2 text-sm focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring disabled:opacity-50",
        className,
      )}
      {...props}
    />
  );
}
