import { useTranslations } from "next-intl";
import { ListTable } from "@/components/list-table";
import { Money } from "@/components/money";
import { UqpayTime } from "@/components/uqpay-time";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { BalanceMovementView } from "@/lib/data/balances";

export function MovementsTable({ movements }: { movements: BalanceMovementView[] }) {
  const t = useTranslations("balances");
  return (
    <Card>
      <ListTable
        label={t("movements")}
        rows={movements}
        rowKey={(m) => m.id}
        empty={t("noMovements")}
        columns={[
          { header: t("time"), className: "whitespace-nowrap text-muted-foreground", cell: (m) => <UqpayTime value={m.createTime} /> },
          { header: t("type"), className: "font-mono text-xs", cell: (m) => m.type ?? "—" },
          {
            header: t("status"),
            cell: (m) => <Badge tone={m.status === "COMPLETED" ? "success" : m.status === "FAILED" ? "danger" : "neutral"}>{m.status ?? "—"}</Badge>,
          },
          { header: t("amount"), align: "right", cell: (m) => <Money amount={m.amount} currency={m.currency} /> },
          { header: t("endingBalance"), align: "right", cell: (m) => <Money amount={m.endingBalance} currency={m.currency} /> },
          {
            header: t("descriptionColumn"),
            className: "max-w-72 truncate text-sm",
            cell: (m) => (
              <span title={m.description ?? undefined}>
                {m.description ?? "—"}
                {m.shortId ? <span className="block font-mono text-[11px] text-muted-foreground">{m.shortId}</span> : null}
              </span>
            ),
          },
        ]}
      />
    </Card>
  );
}
