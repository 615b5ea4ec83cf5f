import { useTranslations } from "next-intl";
import { Money } from "@/components/money";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { RefundView } from "@/lib/payments/view";
import { When } from "../../_components/when";

export function RefundsTable({ refunds }: { refunds: RefundView[] | null }) {
  const t = useTranslations("payments");
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("refunds.title")}</CardTitle>
      </CardHeader>
      <CardContent>
        {refunds === null ? (
          <p className="text-sm text-warning">{t("refunds.unavailable")}</p>
        ) : refunds.length === 0 ? (
          <p className="text-sm text-muted-foreground">{t("refunds.empty")}</p>
        ) : (
          <Table aria-label={t("refunds.title")}>
            <TableHeader>
              <TableRow>
                <TableHead>{t("fields.refundId")}</TableHead>
                <TableHead className="text-right">{t("fields.amount")}</TableHead>
                <TableHead>{t("fields.status")}</TableHead>
                <TableHead>{t("fields.reason")}</TableHead>
                <TableHead>{t("fields.created")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {refunds.map((r) => (
                <TableRow key={r.refundId}>
                  <TableCell className="font-mono text-xs">{r.refundId}</TableCell>
                  <TableCell className="text-right"><Money amount={r.amount} currency={r.currency} /></TableCell>
                  <TableCell>{r.status ?? "—"}</TableCell>
                  <TableCell className="max-w-48 truncate">{r.reason ?? "—"}</TableCell>
                  <TableCell className="whitespace-nowrap text-muted-foreground"><When value={r.createTime} /></TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}
