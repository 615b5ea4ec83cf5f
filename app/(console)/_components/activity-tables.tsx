import { Link } from "@/components/link";
import { getTranslations } from "next-intl/server";
import { ListTable, type ListColumn } from "@/components/list-table";
import { Money } from "@/components/money";
import { ReadFailurePanel } from "@/components/read-failure";
import { TransactionStatusBadge } from "@/components/transaction-status-badge";
import { UqpayTime } from "@/components/uqpay-time";
import type { CardTransactionView } from "@/lib/cards/view";
import type { Settled } from "@/lib/data/failure";
import type { Activity } from "@/lib/data/overview";

type Column = ListColumn<CardTransactionView>;

// Half-width tables: the time is the link to the transaction, so no column is spent on "open".
const timeColumn = (header: string): Column => ({
  header,
  className: "whitespace-nowrap",
  cell: (x) => (
    <Link href={`/transactions/${x.transactionId}`} className="text-primary underline-offset-2 hover:underline">
      <UqpayTime value={x.time} />
    </Link>
  ),
});
const amountColumn = (header: string): Column => ({ header, align: "right", cell: (x) => <Money amount={x.amount} currency={x.currency} /> });
const merchantColumn = (header: string): Column => ({ header, cell: (x) => x.merchantName ?? "—" });

export async function LatestTransactions({ data }: { data: Promise<Settled<CardTransactionView[]>> }) {
  const [result, t] = await Promise.all([data, getTranslations("overview")]);
  if (!result.ok) return <ReadFailurePanel title={t("latest.failed")} failure={result.failure} />;
  return (
    <ListTable
      label={t("latest.title")}
      rows={result.data}
      rowKey={(x) => x.transactionId}
      empty={t("latest.empty")}
      columns={[
        timeColumn(t("columns.time")),
        {
          header: t("columns.status"),
          cell: (x) => (
            <>
              <TransactionStatusBadge status={x.status} />
              {x.type ? <div className="mt-1 font-mono text-[11px] text-muted-foreground">{x.type}</div> : null}
            </>
          ),
        },
        amountColumn(t("columns.amount")),
        merchantColumn(t("columns.merchant")),
      ]}
    />
  );
}

export async function LatestDeclines({ data }: { data: Promise<Settled<Activity>> }) {
  const [result, t] = await Promise.all([data, getTranslations("overview")]);
  if (!result.ok) return <ReadFailurePanel title={t("declines.failed")} failure={result.failure} />;
  return (
    <ListTable
      label={t("declines.title")}
      rows={result.data.declines}
      rowKey={(x) => x.transactionId}
      empty={t("declines.empty")}
      columns={[
        timeColumn(t("columns.time")),
        amountColumn(t("columns.amount")),
        merchantColumn(t("columns.merchant")),
        { header: t("columns.reason"), className: "text-muted-foreground", cell: (x) => x.description ?? "—" },
      ]}
    />
  );
}
