import { useTranslations } from "next-intl";
import { Money } from "@/components/money";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { CardTransactionView } from "@/lib/cards/view";
import { CardTime } from "../../_components/card-time";

export function TransactionsTable({ transactions, currency }: { transactions: CardTransactionView[]; currency: string }) {
  const t = useTranslations("cards.transactions");
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
      </CardHeader>
      <CardContent>
        {transactions.length === 0 ? (
          <p className="text-sm text-muted-foreground">{t("empty")}</p>
        ) : (
          <Table aria-label={t("title")}>
            <TableHeader>
              <TableRow>
                <TableHead>{t("type")}</TableHead>
                <TableHead>{t("status")}</TableHead>
                <TableHead className="text-right">{t("amount")}</TableHead>
                <TableHead>{t("merchant")}</TableHead>
                <TableHead>{t("time")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {transactions.map((x) => (
                <TableRow key={x.transactionId}>
                  <TableCell>{x.type ?? "—"}</TableCell>
                  <TableCell>
                    <Badge tone={x.status === "APPROVED" ? "success" : x.status === "DECLINED" ? "danger" : "neutral"}>{x.status ?? "—"}</Badge>
                    {x.description ? <div className="mt-1 text-xs text-muted-foreground">{x.description}</div> : null}
                  </TableCell>
                  <TableCell className="text-right">
                    <Money amount={x.amount} currency={x.currency ?? currency} />
                  </TableCell>
                  <TableCell>{x.merchantName ?? "—"}</TableCell>
                  <TableCell className="text-xs text-muted-foreground">
                    <CardTime value={x.time} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}
