import { useTranslations } from "next-intl";
import { Money } from "@/components/money";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { AttemptView } from "@/lib/payments/view";
import { When } from "../../_components/when";
import { methodLabel } from "./intent-summary";

export function AttemptsTable({ attempts }: { attempts: AttemptView[] | null }) {
  const t = useTranslations("payments");
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("attempts.title")}</CardTitle>
      </CardHeader>
      <CardContent>
        {attempts === null ? (
          <p className="text-sm text-warning">{t("attempts.unavailable")}</p>
        ) : attempts.length === 0 ? (
          <p className="text-sm text-muted-foreground">{t("attempts.empty")}</p>
        ) : (
          <Table aria-label={t("attempts.title")}>
            <TableHeader>
              <TableRow>
                <TableHead>{t("fields.attemptId")}</TableHead>
                <TableHead>{t("fields.attemptStatus")}</TableHead>
                <TableHead>{t("fields.paymentMethod")}</TableHead>
                <TableHead className="text-right">{t("fields.amount")}</TableHead>
                <TableHead>{t("fields.failureCode")}</TableHead>
                <TableHead>{t("fields.created")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {attempts.map((a) => (
                <TableRow key={a.attemptId}>
                  <TableCell className="font-mono text-xs">{a.attemptId}</TableCell>
                  <TableCell>{a.status ?? "—"}</TableCell>
                  <TableCell>{methodLabel(a.method)}</TableCell>
                  <TableCell className="text-right"><Money amount={a.amount} currency={a.currency} /></TableCell>
                  <TableCell>{a.failureCode ?? "—"}</TableCell>
                  <TableCell className="whitespace-nowrap text-muted-foreground"><When value={a.createTime} /></TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}
