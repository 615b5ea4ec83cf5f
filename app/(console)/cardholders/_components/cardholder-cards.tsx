import { Link } from "@/components/link";
import { getTranslations } from "next-intl/server";
import { CardStatusBadge } from "@/components/card-status-badge";
import { ListTable } from "@/components/list-table";
import { Money } from "@/components/money";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { UqpayTime } from "@/components/uqpay-time";
import type { CardholderCardView } from "@/lib/data/cardholders";

export async function CardholderCards({ cards, total }: { cards: CardholderCardView[]; total: number }) {
  const t = await getTranslations("cardholders.detail");
  return (
    <Card className="mt-6">
      <CardHeader>
        <CardTitle>
          {t("cards")} <span className="text-sm font-normal text-muted-foreground">· {t("cardsCount", { count: total })}</span>
        </CardTitle>
      </CardHeader>
      <CardContent>
        <ListTable
          label={t("cards")}
          rows={cards}
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
      </CardContent>
    </Card>
  );
}
