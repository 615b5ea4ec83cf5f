import { CheckCircle2, Clock } from "@/components/icons";
import { useFormatter, useTranslations } from "next-intl";
import { Money } from "@/components/money";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { CardTransactionView } from "@/lib/cards/view";
import { expectedWebhooks, mergeTimeline, type TimelineEntry } from "@/lib/timeline/card-timeline";
import type { CardTimelineData } from "@/lib/timeline/load";

/** Whether the card's latest operations still wait for a webhook: the page refreshes itself until they arrive. */
export const awaitsWebhooks = (data: CardTimelineData) => expectedWebhooks(data.operations, data.webhooks).some((e) => !e.arrived);

/** The whole story of a card, and which webhooks its latest operations are still waiting for. Rendered on the server. */
export function CardTimeline({ data, transactions }: { data: CardTimelineData; transactions: CardTransactionView[] }) {
  const t = useTranslations("timeline");
  const format = useFormatter();
  const { operations, webhooks } = data;
  const expected = expectedWebhooks(operations, webhooks).slice(0, 5);
  const entries = mergeTimeline({
    operations,
    webhooks,
    transactions: transactions.map((x) => ({ id: x.transactionId, type: x.type, status: x.status, amount: x.amount, currency: x.currency, merchant: x.merchantName, time: x.time })),
  });
  const when = (at: Date) => format.dateTime(at, { dateStyle: "medium", timeStyle: "medium" });

  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
      </CardHeader>
      <CardContent className="grid gap-4">
        {expected.length > 0 ? (
          <ul aria-label={t("expected")} className="grid gap-1 text-sm">
            {expected.map((e) => (
              <li key={e.operationId} className="flex items-center gap-2" data-state={e.arrived ? "arrived" : "waiting"}>
                {e.arrived ? <CheckCircle2 className="size-4 text-success" aria-hidden /> : <Clock className="size-4 animate-pulse text-warning" aria-hidden />}
                <span className="font-mono text-xs">
                  {e.eventType}
                  {e.cardStatus ? ` (${e.cardStatus})` : ""}
                </span>
                <span className="text-muted-foreground">{e.arrived ? t("arrived") : t("waiting")}</span>
              </li>
            ))}
          </ul>
        ) : null}
        {entries.length === 0 ? <p className="text-sm text-muted-foreground">{t("empty")}</p> : null}
        <ol aria-label={t("title")} className="grid gap-3 border-l pl-4">
          {entries.map((e) => (
            <li key={`${e.source}:${e.id}`} className="grid gap-0.5 text-sm">
              <time className="text-xs text-muted-foreground" dateTime={e.at.toISOString()}>
                {when(e.at)}
              </time>
              <EntryLine entry={e} />
            </li>
          ))}
        </ol>
      </CardContent>
    </Card>
  );
}

function EntryLine({ entry: e }: { entry: TimelineEntry }) {
  const t = useTranslations("timeline");
  if (e.source === "operation") {
    return (
      <div>
        <Badge tone="info">{t("operation")}</Badge> <span className="font-mono text-xs">{e.kind}</span> {t("by", { actor: e.actorEmail ?? "—" })}{" "}
        <Badge tone={e.state === "succeeded" ? "success" : e.state === "failed" ? "danger" : "warning"}>{t(`states.${e.state}`)}</Badge>
        <div className="font-mono text-[11px] text-muted-foreground">{t("key", { key: e.idempotencyKey })}{e.errorCode ? ` · ${e.errorCode}` : ""}</div>
      </div>
    );
  }
  if (e.source === "webhook") {
    return (
      <div>
        <Badge tone="neutral">{t("webhook")}</Badge> <span className="font-mono text-xs">{e.eventType}</span>
        {e.cardStatus ? <span className="ml-1 text-xs">→ {e.cardStatus}</span> : null}
        {e.deliveryCount > 1 ? <span className="ml-1 text-xs text-warning">×{e.deliveryCount}</span> : null}
      </div>
    );
  }
  return (
    <div>
      <Badge tone="neutral">{t("transaction")}</Badge> {e.type ?? "—"} {e.status ?? ""} {e.amount ? <Money amount={e.amount} currency={e.currency ?? "USD"} /> : null} {e.merchant ?? ""}
    </div>
  );
}
