import { getTranslations } from "next-intl/server";
import { useTranslations } from "next-intl";
import { ListTable } from "@/components/list-table";
import { Money } from "@/components/money";
import { Pending } from "@/components/pending";
import { ReadFailurePanel } from "@/components/read-failure";
import { TransactionStatusBadge } from "@/components/transaction-status-badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { CardTransactionView } from "@/lib/cards/view";
import type { Settled } from "@/lib/data/failure";
import { UqpayTime } from "@/components/uqpay-time";

/** The card's transactions: the section is sent with the page, its rows stream in when UQPAY's list answers. */
export function TransactionsTable({ transactions, currency }: { transactions: Promise<Settled<CardTransactionView[]>>; currency: string }) {
  const t = useTranslations("cards.transactions");
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
      </CardHeader>
      <CardContent>
        <Pending skeleton="h-24">
          <TransactionRows transactions={transactions} currency={currency} />
        </Pending>
      </CardContent>
    </Card>
  );
}

async function TransactionRows({ transactions, currency }: { transactions: Promise<Settled<CardTransactionView[]>>; currency: string }) {
  const [read, t] = await Promise.all([transactions, getTranslations("cards.transactions")]);
  if (!read.ok) return <ReadFailurePanel title={t("failed")} failure={read.failure} />;
  return (
    <ListTable
      label={t("title")}
      rows={read.data}
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
  );
}
