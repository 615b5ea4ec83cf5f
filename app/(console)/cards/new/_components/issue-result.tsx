import { Link } from "@/components/link";
import type { ReactNode } from "react";
import { TimeLeft } from "@/components/time-left";
import { Badge } from "@/components/ui/badge";
import { statusTone } from "@/lib/cards/status";
import type { IssueResult } from "@/lib/cards/issue";
import type { Translate } from "@/lib/i18n/fill";

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt className="text-muted-foreground">{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** UQPAY's answer to Create Card: accepted is not issued yet (PENDING/PROCESSING until card.create.succeeded). */
export function IssueResultPanel({ result, t: words }: { result: IssueResult; t: Translate }) {
  const t = (key: string) => words(`cards.result.${key}`);
  const status = result.card_status;
  return (
    <section role="status" aria-label={t("title")} className="grid gap-3 rounded-md border border-primary/30 bg-primary/5 p-4 text-sm">
      <h2 className="font-semibold">{t("title")}</h2>
      <dl className="grid grid-cols-[11rem_1fr] gap-x-3 gap-y-1.5">
        <Item label={t("cardStatus")}>
          {status ? (
            <Badge tone={statusTone(status)} data-testid="card-status">
              {words.has(`cards.status.${status}`) ? words(`cards.status.${status}`) : status}
            </Badge>
          ) : (
            "—"
          )}
        </Item>
        <Item label={t("orderStatus")}>{result.order_status ?? "—"}</Item>
        {result.cardholder_id ? <Item label={t("cardholderId")}>{result.cardholder_id}</Item> : null}
        {result.cardholder_created !== null ? <Item label={t("cardholderCreated")}>{result.cardholder_created ? t("yes") : t("no")}</Item> : null}
        {result.cardholder_status ? <Item label={t("cardholderStatus")}>{result.cardholder_status}</Item> : null}
        {result.verification_status ? <Item label={t("verificationStatus")}>{result.verification_status}</Item> : null}
        {result.message ? <Item label={t("message")}>{result.message}</Item> : null}
      </dl>
      {result.idv_verification_url ? (
        <div className="grid gap-1 rounded-md border border-warning/40 bg-warning/10 p-3">
          <p>{t("idvNeeded")}</p>
          <a href={result.idv_verification_url} target="_blank" rel="noreferrer" className="font-medium text-primary underline">
            {t("idvLink")}
          </a>
          {result.idv_url_expires_at ? (
            <p>
              {t("idvExpires")} <TimeLeft until={result.idv_url_expires_at} text={{ left: words("cards.countdown.left"), expired: words("cards.countdown.expired") }} />
            </p>
          ) : null}
        </div>
      ) : null}
      <Link href={`/cards/${result.card_id}`} className="font-medium text-primary underline">
        {t("openCard")}
      </Link>
    </section>
  );
}
