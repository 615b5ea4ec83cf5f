import { useTranslations } from "next-intl";
import { ListTable } from "@/components/list-table";
import { Money } from "@/components/money";
import { ReadFailurePanel } from "@/components/read-failure";
import { TransactionStatusBadge } from "@/components/transaction-status-badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { CardTransactionView } from "@/lib/cards/view";
import type { Settled } from "@/lib/data/failure";
import { UqpayTime } from "@/components/uqpay-time";

/** The card's transactions, or why UQPAY's list could not be read. */
export function TransactionsTable({ transactions, currency }: { transactions: Settled<CardTransactionView[]>; currency: string }) {
  const t = useTranslations("cards.transactions");
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
      </CardHeader>
      <CardContent>
        {transactions.ok ? (
          <ListTable
            label={t("title")}
            rows={transactions.data}
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
        ) : (
          <ReadFailurePanel title={t("failed")} failure={transactions.failure} />
        )}
      </CardContent>
    </Card>
  );
}
