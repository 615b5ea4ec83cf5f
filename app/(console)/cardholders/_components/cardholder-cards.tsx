import { Link } from "@/components/link";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { CardStatusBadge } from "@/components/card-status-badge";
import { ListTable } from "@/components/list-table";
import { Money } from "@/components/money";
import { Pending } from "@/components/pending";
import { ReadFailurePanel } from "@/components/read-failure";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { UqpayTime } from "@/components/uqpay-time";
import type { CardholderCards as Cards } from "@/lib/data/cardholders";
import type { Settled } from "@/lib/data/failure";

type Props = { cards: Promise<Settled<Cards>> };

/** A cardholder's cards: the section is sent with the page, its count and rows stream in when UQPAY's list answers. */
export async function CardholderCards({ cards }: Props) {
  const t = await getTranslations("cardholders.detail");
  return (
    <Card className="mt-6">
      <CardHeader>
        <CardTitle>
          {t("cards")}{" "}
          <Suspense>
            <CardsCount cards={cards} />
          </Suspense>
        </CardTitle>
      </CardHeader>
      <CardContent>
        <Pending skeleton="h-24">
          <CardRows cards={cards} />
        </Pending>
      </CardContent>
    </Card>
  );
}

async function CardsCount({ cards }: Props) {
  const [read, t] = await Promise.all([cards, getTranslations("cardholders.detail")]);
  return read.ok ? <span className="text-sm font-normal text-muted-foreground">· {t("cardsCount", { count: read.data.total })}</span> : null;
}

async function CardRows({ cards }: Props) {
  const [read, t] = await Promise.all([cards, getTranslations("cardholders.detail")]);
  if (!read.ok) return <ReadFailurePanel title={t("cardsFailed")} failure={read.failure} />;
  return (
    <ListTable
      label={t("cards")}
      rows={read.data.cards}
      rowKey={(c) => c.id}
      empty={t("noCards")}
      emptyClassName=""
      columns={[
        {
          header: t("card"),
          className: "font-mono",
          cell: (c) => (
            <Link href={`/cards/${c.id}`} className="hover:underline">
              {c.number ?? c.id}
            </Link>
          ),
        },
        { header: t("cardStatus"), cell: (c) => (c.status ? <CardStatusBadge status={c.status} /> : "—") },
        { header: t("form"), cell: (c) => c.formFactor ?? "—" },
        { header: t("limit"), align: "right", cell: (c) => <Money amount={c.limit} currency={c.currency} /> },
        { header: t("available"), align: "right", cell: (c) => <Money amount={c.availableBalance} currency={c.currency} /> },
        { header: t("created"), className: "text-muted-foreground", cell: (c) => <UqpayTime value={c.createTime} /> },
      ]}
    />
  );
}
