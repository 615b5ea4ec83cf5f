import { Link } from "@/components/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { CardStatusBadge } from "@/components/card-status-badge";
import { Money } from "@/components/money";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { CardView } from "@/lib/cards/view";
import { UqpayTime } from "@/components/uqpay-time";

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[10rem_1fr] gap-2 py-1.5 text-sm">
      <dt className="text-muted-foreground">{label}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </div>
  );
}

/** The card's details as UQPAY reports them; amounts through lib/money. */
export function CardSummary({ card, productLabel }: { card: CardView; productLabel: string | null }) {
  const t = useTranslations("cards");
  const mcc = card.riskControls.allowedMcc.length
    ? t("detail.mccAllowed", { list: card.riskControls.allowedMcc.join(", ") })
    : card.riskControls.blockedMcc.length
      ? t("detail.mccBlocked", { list: card.riskControls.blockedMcc.join(", ") })
      : t("detail.mccNone");
  const perTxn = card.spendingControls.find((s) => s.amount);
  const metadata = Object.entries(card.metadata);
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("detail.details")}</CardTitle>
      </CardHeader>
      <CardContent>
        <dl className="divide-y" data-testid="card-details">
          <Row label={t("fields.cardNumber")}>
            <span className="font-mono">{card.maskedNumber ?? "—"}</span>
          </Row>
          <Row label={t("fields.status")}>
            <CardStatusBadge status={card.status} />
          </Row>
          <Row label={t("fields.availableBalance")}>
            <Money amount={card.availableBalance} currency={card.currency} className="font-medium" />
          </Row>
          <Row label={t("fields.cardLimit")}>
            <Money amount={card.cardLimit} currency={card.currency} />
          </Row>
          <Row label={t("fields.consumed")}>
            <Money amount={card.consumedAmount} currency={card.currency} />
          </Row>
          <Row label={t("fields.perTransaction")}>{perTxn ? <Money amount={perTxn.amount} currency={card.currency} /> : t("detail.none")}</Row>
          <Row label={t("fields.mcc")}>{mcc}</Row>
          <Row label={t("fields.threeDs")}>{card.riskControls.allow3ds === "N" ? t("detail.no") : t("detail.yes")}</Row>
          <Row label={t("fields.cardholder")}>
            {card.cardholder ? (
              <Link href={`/cardholders/${card.cardholder.id}`} className="text-primary hover:underline">
                {card.cardholder.name}
                {card.cardholder.email ? ` · ${card.cardholder.email}` : ""}
              </Link>
            ) : (
              "—"
            )}
          </Row>
          <Row label={t("fields.product")}>{productLabel ?? card.productId ?? "—"}</Row>
          <Row label={t("fields.mode")}>{[card.mode, card.formFactor, card.scheme, card.currency].filter(Boolean).join(" · ")}</Row>
          {card.nameOnCard ? <Row label={t("fields.nameOnCard")}>{card.nameOnCard}</Row> : null}
          {card.usageType ? <Row label={t("fields.usageType")}>{t.has(`usage.${card.usageType}`) ? t(`usage.${card.usageType}`) : card.usageType}</Row> : null}
          {card.updateReason ? <Row label={t("fields.updateReason")}>{card.updateReason}</Row> : null}
          <Row label={t("fields.metadata")}>
            {metadata.length ? (
              <ul className="font-mono text-xs">
                {metadata.map(([k, v]) => (
                  <li key={k}>
                    {k}: {v}
                  </li>
                ))}
              </ul>
            ) : (
              t("detail.none")
            )}
          </Row>
          <Row label={t("fields.created")}>
            <UqpayTime value={card.createTime} />
          </Row>
        </dl>
      </CardContent>
    </Card>
  );
}
