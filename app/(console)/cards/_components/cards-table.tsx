import { Link } from "@/components/link";
import { useTranslations } from "next-intl";
import { CardStatusBadge } from "@/components/card-status-badge";
import { Money } from "@/components/money";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { CardListItem } from "@/lib/data/cards";
import { UqpayTime } from "@/components/uqpay-time";

export function CardsTable({ items, searching }: { items: CardListItem[]; searching: boolean }) {
  const t = useTranslations("cards");
  if (items.length === 0) {
    return <p className="rounded-md border border-dashed p-6 text-center text-sm text-muted-foreground">{searching ? t("list.noMatch") : t("list.empty")}</p>;
  }
  return (
    <Table aria-label={t("list.tableLabel")}>
      <TableHeader>
        <TableRow>
          <TableHead>{t("fields.card")}</TableHead>
          <TableHead>{t("fields.cardholder")}</TableHead>
          <TableHead>{t("fields.status")}</TableHead>
          <TableHead className="text-right">{t("fields.availableBalance")}</TableHead>
          <TableHead>{t("fields.mode")}</TableHead>
          <TableHead>{t("fields.created")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {items.map((c) => (
          <TableRow key={c.cardId}>
            <TableCell>
              <Link href={`/cards/${c.cardId}`} className="font-mono font-medium text-primary hover:underline">
                {c.maskedNumber ?? c.cardId}
              </Link>
            </TableCell>
            <TableCell>
              <div>{c.cardholderName ?? "—"}</div>
              {c.cardholderEmail ? <div className="text-xs text-muted-foreground">{c.cardholderEmail}</div> : null}
            </TableCell>
            <TableCell>
              <CardStatusBadge status={c.status} />
            </TableCell>
            <TableCell className="text-right">
              <Money amount={c.availableBalance} currency={c.currency} />
            </TableCell>
            <TableCell>{c.mode ?? "—"}</TableCell>
            <TableCell className="text-xs text-muted-foreground">
              <UqpayTime value={c.createTime} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
