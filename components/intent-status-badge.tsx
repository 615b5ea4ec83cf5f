import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { statusTone } from "@/lib/payments/status";

/** An intent_status as UQPAY names it (the seed's table speaks in these names), explained on hover. */
export function IntentStatusBadge({ status }: { status: string | null }) {
  const t = useTranslations("payments.statusHelp");
  const value = status ?? "UNKNOWN";
  return (
    <Badge tone={statusTone(status)} title={t.has(value) ? t(value) : undefined} data-testid="intent-status">
      {value}
    </Badge>
  );
}
