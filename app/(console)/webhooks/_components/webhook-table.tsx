import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/components/link";
import { Copy, RotateCw } from "@/components/icons";
import { islandText } from "@/lib/i18n/island-text";
import { ListTable } from "@/components/list-table";
import { Badge } from "@/components/ui/badge";
import type { WebhookRow } from "@/lib/webhooks/query";
import { WebhookRowActions } from "./webhook-row-actions";

export async function WebhookTable({ rows, canApply }: { rows: WebhookRow[]; canApply: boolean }) {
  const t = await getTranslations("webhooks");
  const format = await getFormatter();
  const text = await islandText("webhooks", ["copyCurl", "curlCopied", "applyAgain", "appliedAgain", "applyResults"]);
  const icons = { copy: <Copy aria-hidden />, apply: <RotateCw aria-hidden /> };
  return (
    <ListTable
      label={t("title")}
      rows={rows}
      rowKey={(row) => row.id}
      empty={t("empty")}
      columns={[
        {
          header: t("receivedAt"),
          className: "whitespace-nowrap text-muted-foreground",
          cell: (row) => <time dateTime={row.receivedAt.toISOString()}>{format.dateTime(row.receivedAt, { dateStyle: "medium", timeStyle: "medium" })}</time>,
        },
        {
          header: t("type"),
          cell: (row) => (
            <>
              <div className="font-mono text-xs">{row.eventType ?? "—"}</div>
              <div className="font-mono text-[11px] text-muted-foreground">{row.eventId ?? ""}</div>
            </>
          ),
        },
        {
          header: t("card"),
          className: "font-mono text-xs",
          cell: (row) =>
            row.cardId ? (
              <Link href={`/cards/${row.cardId}`} className="underline-offset-2 hover:underline">
                {row.cardId.slice(0, 8)}…
              </Link>
            ) : (
              "—"
            ),
        },
        {
          header: t("status"),
          cell: (row) => (
            <>
              <Badge tone={row.status === "accepted" ? "success" : "danger"}>{t(`statuses.${row.status}`)}</Badge>
              <div className="mt-1 text-[11px] text-muted-foreground">{t(`signature.${row.signatureResult}`)}</div>
            </>
          ),
        },
        { header: t("deliveries"), cell: (row) => (row.deliveryCount > 1 ? <Badge tone="warning">×{row.deliveryCount}</Badge> : row.deliveryCount) },
        { header: t("applied"), className: "text-xs", cell: (row) => (row.applyResult ? t(`applyResults.${row.applyResult}`) : "—") },
        {
          header: t("payload"),
          cell: (row) => (
            <div className="grid gap-1">
              <details>
                <summary className="cursor-pointer text-xs text-muted-foreground">{t("showPayload")}</summary>
                <pre className="mt-1 max-h-72 max-w-lg overflow-auto rounded bg-muted p-2 text-[11px]">{row.payload ? JSON.stringify(row.payload, null, 2) : row.rawBody}</pre>
              </details>
              <WebhookRowActions
                id={row.id}
                canApply={canApply && row.status === "accepted"}
                delivery={{ rawBody: row.rawBody, timestamp: row.timestampHeader, signature: row.signatureHeader, path: `/api/webhooks/uqpay/${row.connectionId}` }}
                text={text}
                icons={icons}
              />
            </div>
          ),
        },
      ]}
    />
  );
}
