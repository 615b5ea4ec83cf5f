import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CardStatusBadge } from "@/components/card-status-badge";
import { Money } from "@/components/money";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
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
        {cards.length === 0 ? (
          <p className="text-sm text-muted-foreground">{t("noCards")}</p>
        ) : (
          <Table aria-label={t("cards")}>
            <TableHeader>
              <TableRow>
                <TableHead>{t("card")}</TableHead>
                <TableHead>{t("cardStatus")}</TableHead>
                <TableHead>{t("form")}</TableHead>
                <TableHead className="text-right">{t("limit")}</TableHead>
                <TableHead className="text-right">{t("available")}</TableHead>
                <TableHead>{t("created")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {cards.map((c) => (
                <TableRow key={c.id}>
                  <TableCell className="font-mono">
                    <Link href={`/cards/${c.id}`} className="hover:underline">
                      {c.number ?? c.id}
                    </Link>
                  </TableCell>
                  <TableCell>
                    {c.status ? <CardStatusBadge status={c.status} /> : "—"}
                  </TableCell>
                  <TableCell>{c.formFactor ?? "—"}</TableCell>
                  <TableCell className="text-right">
                    <Money amount={c.limit} currency={c.currency} />
                  </TableCell>
                  <TableCell className="text-right">
                    <Money amount={c.availableBalance} currency={c.currency} />
                  </TableCell>
                  <TableCell className="text-muted-foreground">
                    <UqpayTime value={c.createTime} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}
