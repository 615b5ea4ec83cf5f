import { useTranslations } from "next-intl";
import { ListTable } from "@/components/list-table";
import { Money } from "@/components/money";
import { TransactionStatusBadge } from "@/components/transaction-status-badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { CardTransactionView } from "@/lib/cards/view";
import { UqpayTime } from "@/components/uqpay-time";

export function TransactionsTable({ transactions, currency }: { transactions: CardTransactionView[]; currency: string }) {
  const t = useTranslations("cards.transactions");
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
      </CardHeader>
      <CardContent>
        <ListTable
          label={t("title")}
          rows={transactions}
          rowKey={(x) => x.transactionId}
          empty={t("empty")}
          emptyClassName=""
          columns={[
            { header: t("type"), cell: (x) => x.type ?? "—" },
            {
              header: t("status"),
              cell: (x) => (
                <>
                  <TransactionStatusBadge status={x.status} />
                  {x.description ? <div className="mt-1 text-xs text-muted-foreground">{x.description}</div> : null}
                </>
              ),
            },
            { header: t("amount"), align: "right", cell: (x) => <Money amount={x.amount} currency={x.currency ?? currency} /> },
            { header: t("merchant"), cell: (x) => x.merchantName ?? "—" },
            { header: t("time"), className: "text-xs text-muted-foreground", cell: (x) => <UqpayTime value={x.time} /> },
          ]}
        />
      </CardContent>
    </Card>
  );
}
