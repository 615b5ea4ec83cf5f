import { ExternalLink } from "@/components/icons";
import { getFormatter, getTranslations } from "next-intl/server";
import { CardholderStatusBadge } from "@/components/cardholder-status-badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { CardholderView } from "@/lib/data/cardholders";
import { DetailList } from "./detail-list";

/** KYC state and, for Sumsub, the verification link the cardholder must open before it expires. */
export async function CardholderKyc({ cardholder: c }: { cardholder: CardholderView }) {
  const t = await getTranslations("cardholders");
  const format = await getFormatter();
  const expiresAt = c.idvUrlExpiresAt ? new Date(c.idvUrlExpiresAt) : null;
  const validExpiry = expiresAt && !Number.isNaN(expiresAt.getTime()) ? expiresAt : null;
  // A page render is a moment in time; comparing with it is what the reader needs.
  // eslint-disable-next-line react-hooks/purity
  const expired = validExpiry ? validExpiry.getTime() <= Date.now() : false;
  const when = validExpiry ? format.dateTime(validExpiry, { dateStyle: "medium", timeStyle: "short" }) : c.idvUrlExpiresAt;
  const idvStatus = c.idvStatus && t.has(`idvStatus.${c.idvStatus}`) ? t(`idvStatus.${c.idvStatus}`) : c.idvStatus;
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("detail.kyc")}</CardTitle>
      </CardHeader>
      <CardContent className="grid gap-4">
        <DetailList
          empty={t("detail.notSet")}
          items={[
            [t("detail.status"), <CardholderStatusBadge key="s" status={c.status} />],
            [t("detail.reviewStatus"), c.reviewStatus],
            [t("detail.idvStatus"), idvStatus],
          ]}
        />
        {c.status === "PENDING" ? <p className="text-sm text-warning">{t("detail.pendingHint")}</p> : null}
        {c.idvVerificationUrl ? (
          <div className="grid gap-1 rounded-md border p-3 text-sm" data-testid="idv-link">
            <a href={c.idvVerificationUrl} target="_blank" rel="noreferrer noopener" className="inline-flex items-center gap-1.5 font-medium text-primary hover:underline">
              {t("detail.idvOpen")} <ExternalLink className="size-3.5" aria-hidden />
            </a>
            <span className="break-all font-mono text-xs text-muted-foreground">{c.idvVerificationUrl}</span>
            {when ? <span className={expired ? "text-destructive" : "text-muted-foreground"}>{expired ? t("detail.idvExpired", { time: when }) : t("detail.idvExpires", { time: when })}</span> : null}
          </div>
        ) : (
          <p className="text-sm text-muted-foreground">{t("detail.idvNone")}</p>
        )}
      </CardContent>
    </Card>
  );
}
