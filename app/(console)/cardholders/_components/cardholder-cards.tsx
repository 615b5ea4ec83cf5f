import { Link } from "@/components/link";
import { getTranslations } from "next-intl/server";
import { CardStatusBadge } from "@/components/card-status-badge";
import { ListTable } from "@/components/list-table";
import { Money } from "@/components/money";
import { ReadFailurePanel } from "@/components/read-failure";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { UqpayTime } from "@/components/uqpay-time";
import type { CardholderCards as Cards } from "@/lib/data/cardholders";
import type { Settled } from "@/lib/data/failure";

/** A cardholder's cards, or why UQPAY's list could not be read. */
export async function CardholderCards({ cards }: { cards: Settled<Cards> }) {
  const t = await getTranslations("cardholders.detail");
  return (
    <Card className="mt-6">
      <CardHeader>
        <CardTitle>
          {t("cards")} {cards.ok ? <span className="text-sm font-normal text-muted-foreground">· {t("cardsCount", { count: cards.data.total })}</span> : null}
        </CardTitle>
      </CardHeader>
      <CardContent>
        {cards.ok ? (
          <ListTable
            label={t("cards")}
            rows={cards.data.cards}
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
        ) : (
          <ReadFailurePanel title={t("cardsFailed")} failure={cards.failure} />
        )}
      </CardContent>
    </Card>
  );
}
