import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";

const TONES: Record<string, "success" | "warning" | "danger"> = { SUCCESS: "success", PENDING: "warning", INCOMPLETE: "warning", FAILED: "danger" };

/** A cardholder status in words and colour; a value UQPAY adds later is shown as sent. */
export function CardholderStatusBadge({ status }: { status: string | null }) {
  const t = useTranslations("cardholders.status");
  if (!status) return <span className="text-muted-foreground">—</span>;
  return (
    <Badge tone={TONES[status] ?? "neutral"} data-testid="cardholder-status">
      {t.has(status) ? t(status) : status}
    </Badge>
  );
}
