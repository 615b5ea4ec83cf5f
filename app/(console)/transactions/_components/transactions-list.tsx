import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Money } from "@/components/money";
import { UqpayTime } from "@/components/uqpay-time";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { CardTransactionView } from "@/lib/cards/view";

export const statusTone = (status: string | null) => (status === "APPROVED" ? "success" : status === "DECLINED" ? "danger" : "neutral");

export async function TransactionsList({ rows }: { rows: CardTransactionView[] }) {
  const t = await getTranslations("transactions");
  return (
    <Card className="mt-4">
      {rows.length === 0 ? (
        <p className="p-6 text-center text-sm text-muted-foreground">{t("empty")}</p>
      ) : (
        <Table aria-label={t("title")}>
          <TableHeader>
            <TableRow>
              <TableHead>{t("time")}</TableHead>
              <TableHead>{t("type")}</TableHead>
              <TableHead>{t("status")}</TableHead>
              <TableHead className="text-right">{t("amount")}</TableHead>
              <TableHead>{t("merchant")}</TableHead>
              <TableHead>{t("detail")}</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((x) => (
              <TableRow key={x.transactionId}>
                <TableCell className="whitespace-nowrap text-muted-foreground">
                  <UqpayTime value={x.time} />
                </TableCell>
                <TableCell className="font-mono text-xs">{x.type ?? "—"}</TableCell>
                <TableCell>
                  <Badge tone={statusTone(x.status)}>{x.status ?? "—"}</Badge>
                  {x.status === "DECLINED" && x.description ? <div className="mt-1 text-xs text-muted-foreground">{x.description}</div> : null}
                </TableCell>
                <TableCell className="text-right">
                  <Money amount={x.amount} currency={x.currency} />
                </TableCell>
                <TableCell>{x.merchantName ?? "—"}</TableCell>
                <TableCell>
                  <Link href={`/transactions/${x.transactionId}`} className="text-sm text-primary underline-offset-2 hover:underline">
                    {t("open")}
                  </Link>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Card>
  );
}
