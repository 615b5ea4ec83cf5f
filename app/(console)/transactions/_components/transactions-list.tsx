import { Link } from "@/components/link";
import { useTranslations } from "next-intl";
import { ListTable } from "@/components/list-table";
import { Money } from "@/components/money";
import { TransactionStatusBadge } from "@/components/transaction-status-badge";
import { UqpayTime } from "@/components/uqpay-time";
import { Card } from "@/components/ui/card";
import type { CardTransactionView } from "@/lib/cards/view";

export function TransactionsList({ rows }: { rows: CardTransactionView[] }) {
  const t = useTranslations("transactions");
  return (
    <Card>
      <ListTable
        label={t("title")}
        rows={rows}
        rowKey={(x) => x.transactionId}
        empty={t("empty")}
        columns={[
          { header: t("time"), className: "whitespace-nowrap text-muted-foreground", cell: (x) => <UqpayTime value={x.time} /> },
          { header: t("type"), className: "font-mono text-xs", cell: (x) => x.type ?? "—" },
          {
            header: t("status"),
            cell: (x) => (
              <>
                <TransactionStatusBadge status={x.status} />
                {x.status === "DECLINED" && x.description ? <div className="mt-1 text-xs text-muted-foreground">{x.description}</div> : null}
              </>
            ),
          },
          { header: t("amount"), align: "right", cell: (x) => <Money amount={x.amount} currency={x.currency} /> },
          { header: t("merchant"), cell: (x) => x.merchantName ?? "—" },
          {
            header: t("detail"),
            cell: (x) => (
              <Link href={`/transactions/${x.transactionId}`} className="text-sm text-primary underline-offset-2 hover:underline">
                {t("open")}
              </Link>
            ),
          },
        ]}
      />
    </Card>
  );
}
