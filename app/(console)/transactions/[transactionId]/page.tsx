import type { Metadata } from "next";
import { Link } from "@/components/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Money } from "@/components/money";
import { PageHeader } from "@/components/page-header";
import { ReadFailurePanel } from "@/components/read-failure";
import { TransactionStatusBadge } from "@/components/transaction-status-badge";
import { UqpayTime } from "@/components/uqpay-time";
import { Card, CardContent } from "@/components/ui/card";
import { requirePageRole } from "@/lib/auth/session";
import { readFailureOf } from "@/lib/data/failure";
import { getTransaction } from "@/lib/data/transactions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("transactions"))("detailTitle") };
}

export default async function TransactionPage({ params }: { params: Promise<{ transactionId: string }> }) {
  await requirePageRole("viewer");
  const { transactionId } = await params;
  const t = await getTranslations("transactions");
  const read = await getTransaction(transactionId).then(
    (tx) => ({ ok: true as const, tx }),
    async (error: unknown) => ({ ok: false as const, failure: await readFailureOf(error) }),
  );
  if (!read.ok) return <ReadFailurePanel title={t("loadFailed")} failure={read.failure} />;
  const x = read.tx;
  const m = x.merchant_data;
  const rows: [string, ReactNode][] = [
    [t("status"), <TransactionStatusBadge key="s" status={x.transaction_status ?? null} />],
    [t("type"), x.transaction_type ?? "—"],
    [t("transactionAmount"), <Money key="a" amount={x.transaction_amount} currency={x.transaction_currency} />],
    [t("billingAmount"), <Money key="b" amount={x.billing_amount} currency={x.billing_currency} />],
    [t("fee"), <Money key="f" amount={x.transaction_fee} currency={x.transaction_fee_currency} />],
    [t("availableAfter"), <Money key="v" amount={x.card_available_balance} currency={x.billing_currency} />],
    [t("merchant"), m ? [m.name, m.city, m.country, m.category_code && `MCC ${m.category_code}`].filter(Boolean).join(" · ") : "—"],
    [t("authorizationCode"), x.authorization_code ?? "—"],
    [t("declineReason"), x.transaction_status === "DECLINED" ? (x.description ?? "—") : "—"],
    [t("walletType"), x.wallet_type || "—"],
    [t("time"), <UqpayTime key="t" value={x.transaction_time ?? null} />],
    [t("postedTime"), <UqpayTime key="p" value={x.posted_time ?? null} />],
    [t("card"), x.card_id ? <Link key="c" href={`/cards/${x.card_id}`} className="text-primary hover:underline">{x.card_number ?? x.card_id}</Link> : "—"],
    [t("original"), x.original_transaction_id ? <Link key="o" href={`/transactions/${x.original_transaction_id}`} className="font-mono text-xs text-primary hover:underline">{x.original_transaction_id}</Link> : "—"],
  ];
  return (
    <>
      <Link href="/transactions" className="mb-2 inline-block text-sm text-muted-foreground hover:underline">
        ← {t("title")}
      </Link>
      <PageHeader title={x.short_transaction_id ?? t("detailTitle")} description={x.transaction_id} />
      <Card>
        <CardContent className="pt-5">
          <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[12rem_1fr]">
            {rows.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="text-muted-foreground">{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        </CardContent>
      </Card>
    </>
  );
}
