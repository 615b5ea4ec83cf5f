import { Link } from "@/components/link";
import { getTranslations } from "next-intl/server";
import { IntentStatusBadge } from "@/components/intent-status-badge";
import { Money } from "@/components/money";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { IntentView } from "@/lib/payments/view";
import { When } from "./when";

export async function PaymentsTable({ items, filtered }: { items: IntentView[]; filtered: boolean }) {
  const t = await getTranslations("payments");
  if (items.length === 0) return <p className="p-6 text-center text-sm text-muted-foreground">{filtered ? t("list.emptyFiltered") : t("list.empty")}</p>;
  return (
    <Table aria-label={t("title")}>
      <TableHeader>
        <TableRow>
          <TableHead>{t("fields.paymentIntentId")}</TableHead>
          <TableHead>{t("fields.merchantOrderId")}</TableHead>
          <TableHead>{t("fields.description")}</TableHead>
          <TableHead className="text-right">{t("fields.amount")}</TableHead>
          <TableHead>{t("fields.status")}</TableHead>
          <TableHead>{t("fields.created")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {items.map((pi) => (
          <TableRow key={pi.paymentIntentId}>
            <TableCell className="font-mono text-xs">
              <Link href={`/payments/${pi.paymentIntentId}`} className="underline-offset-2 hover:underline">
                {pi.paymentIntentId}
              </Link>
            </TableCell>
            <TableCell>{pi.merchantOrderId ?? "—"}</TableCell>
            <TableCell className="max-w-48 truncate">{pi.description ?? "—"}</TableCell>
            <TableCell className="text-right">
              <Money amount={pi.amount} currency={pi.currency} />
            </TableCell>
            <TableCell>
              <IntentStatusBadge status={pi.status} />
            </TableCell>
            <TableCell className="whitespace-nowrap text-muted-foreground">
              <When value={pi.createTime} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
