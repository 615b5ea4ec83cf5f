import { getTranslations } from "next-intl/server";
import { Money } from "@/components/money";
import { UqpayTime } from "@/components/uqpay-time";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { BalanceMovementView } from "@/lib/data/balances";

export async function MovementsTable({ movements }: { movements: BalanceMovementView[] }) {
  const t = await getTranslations("balances");
  return (
    <Card className="mt-4">
      {movements.length === 0 ? (
        <p className="p-6 text-center text-sm text-muted-foreground">{t("noMovements")}</p>
      ) : (
        <Table aria-label={t("movements")}>
          <TableHeader>
            <TableRow>
              <TableHead>{t("time")}</TableHead>
              <TableHead>{t("type")}</TableHead>
              <TableHead>{t("status")}</TableHead>
              <TableHead className="text-right">{t("amount")}</TableHead>
              <TableHead className="text-right">{t("endingBalance")}</TableHead>
              <TableHead>{t("descriptionColumn")}</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {movements.map((m) => (
              <TableRow key={m.id}>
                <TableCell className="whitespace-nowrap text-muted-foreground">
                  <UqpayTime value={m.createTime} />
                </TableCell>
                <TableCell className="font-mono text-xs">{m.type ?? "—"}</TableCell>
                <TableCell>
                  <Badge tone={m.status === "COMPLETED" ? "success" : m.status === "FAILED" ? "danger" : "neutral"}>{m.status ?? "—"}</Badge>
                </TableCell>
                <TableCell className="text-right">
                  <Money amount={m.amount} currency={m.currency} />
                </TableCell>
                <TableCell className="text-right">
                  <Money amount={m.endingBalance} currency={m.currency} />
                </TableCell>
                <TableCell className="max-w-72 truncate text-sm" title={m.description ?? undefined}>
                  {m.description ?? "—"}
                  {m.shortId ? <div className="font-mono text-[11px] text-muted-foreground">{m.shortId}</div> : null}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Card>
  );
}
