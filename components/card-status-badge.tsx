import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { statusTone } from "@/lib/cards/status";

/** A card status in words and colour; unknown values UQPAY may add are shown as sent. */
export function CardStatusBadge({ status }: { status: string }) {
  const t = useTranslations("cards.status");
  return (
    <Badge tone={statusTone(status)} data-testid="card-status">
      {t.has(status) ? t(status) : status}
    </Badge>
  );
}
