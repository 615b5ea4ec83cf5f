import { useTranslations } from "next-intl";
import { QrCodeOnDemand as QrCode } from "@/components/qr-code-on-demand";
import { TimeLeft } from "@/components/time-left";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { IntentView } from "@/lib/payments/view";

/** What the customer has to do next (seed 003 step 3): a 3DS page to open, or a QR code to scan. */
export function NextActionPanel({ intent, canOperate }: { intent: IntentView; canOperate: boolean }) {
  const t = useTranslations("payments.nextAction");
  const tc = useTranslations("cards.countdown");
  const next = intent.nextAction;
  if (!next) return null;
  if (next.type === "display_qr_code" && "qrCode" in next) {
    return (
      <Card aria-label={t("qrTitle")}>
        <CardHeader>
          <CardTitle>{t("qrTitle")}</CardTitle>
          <CardDescription>{t("qrDescription")}</CardDescription>
        </CardHeader>
        <CardContent className="flex flex-wrap items-center gap-6">
          <QrCode value={next.qrCode} label={t("qrLabel")} />
          <div className="grid gap-2 text-sm">
            {next.expiresAt ? (
              <p>
                {t("expires")} <TimeLeft until={next.expiresAt} text={{ left: tc("left", { hours: "{hours}", minutes: "{minutes}", seconds: "{seconds}" }), expired: tc("expired") }} />
              </p>
            ) : null}
            <p className="text-xs text-muted-foreground">
              {t("qrContent")} <code className="break-all font-mono" data-testid="qr-content">{next.qrCode}</code>
            </p>
            <p className="flex items-center gap-2 text-muted-foreground" aria-live="polite">
              <span className="size-2 animate-pulse rounded-full bg-warning" aria-hidden />
              {t("waiting")}
            </p>
          </div>
        </CardContent>
      </Card>
    );
  }
  if (next.type === "redirect_to_url" && next.url) {
    return (
      <Card aria-label={t("redirectTitle")}>
        <CardHeader>
          <CardTitle>{t("redirectTitle")}</CardTitle>
          <CardDescription>{t("redirectDescription")}</CardDescription>
        </CardHeader>
        {canOperate ? (
          <CardContent>
            <Button asChild>
              <a href={next.url}>{t("openRedirect")}</a>
            </Button>
          </CardContent>
        ) : null}
      </Card>
    );
  }
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("otherTitle")}</CardTitle>
        <CardDescription>{t("otherDescription", { type: next.type })}</CardDescription>
      </CardHeader>
    </Card>
  );
}
