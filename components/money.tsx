import { useLocale } from "next-intl";
import { formatAmount, isAmount } from "@/lib/money-text";
import { cn } from "@/lib/utils";

/** A decimal-string amount in its currency, formatted for the reader's locale (lib/money, no floats). */
export function Money({ amount, currency, className }: { amount: string | null | undefined; currency: string | null | undefined; className?: string }) {
  const locale = useLocale();
  if (amount === null || amount === undefined || !isAmount(amount) || !currency) return <span className={className}>—</span>;
  return <span className={cn("tabular-nums", className)}>{formatAmount(amount, currency, locale)}</span>;
}
