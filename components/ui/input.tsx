import type { ComponentProps } from "react";
import { cn } from "@/lib/utils";

// Height and width are defaults under :where() (no specificity), so a caller's `w-48` or `h-8`
// wins without tailwind-merge (lib/utils.ts).
export function Input({ className, ...props }: ComponentProps<"input">) {
  return (
    <input
      className={cn(
        "flex [:where(&)]:h-9 [:where(&)]:w-full rounded-md border bg-background px-3 py-1 text-sm shadow-xs placeholder:text-muted-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring disabled:opacity-50 aria-invalid:border-destructive",
        className,
      )}
      {...props}
    />
  );
}
