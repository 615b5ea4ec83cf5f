import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { WebhookRow } from "@/lib/webhooks/query";
import { WebhookRowActions } from "./webhook-row-actions";

export async function WebhookTable({ rows, canApply }: { rows: WebhookRow[]; canApply: boolean }) {
  const t = await getTranslations("webhooks");
  const format = await getFormatter();
  if (rows.length === 0) return <p className="p-6 text-center text-sm text-muted-foreground">{t("empty")}</p>;
  return (
    <Table aria-label={t("title")}>
      <TableHeader>
        <TableRow>
          <TableHead>{t("receivedAt")}</TableHead>
          <TableHead>{t("type")}</TableHead>
          <TableHead>{t("card")}</TableHead>
          <TableHead>{t("status")}</TableHead>
          <TableHead>{t("deliveries")}</TableHead>
          <TableHead>{t("applied")}</TableHead>
          <TableHead>{t("payload")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.id}>
            <TableCell className="whitespace-nowrap text-muted-foreground">
              <time dateTime={row.receivedAt.toISOString()}>{format.dateTime(row.receivedAt, { dateStyle: "medium", timeStyle: "medium" })}</time>
            </TableCell>
            <TableCell>
              <div className="font-mono text-xs">{row.eventType ?? "—"}</div>
              <div className="font-mono text-[11px] text-muted-foreground">{row.eventId ?? ""}</div>
            </TableCell>
            <TableCell className="font-mono text-xs">{row.cardId ? <Link href={`/cards/${row.cardId}`} className="underline-offset-2 hover:underline">{row.cardId.slice(0, 8)}…</Link> : "—"}</TableCell>
            <TableCell>
              <Badge tone={row.status === "accepted" ? "success" : "danger"}>{t(`statuses.${row.status}`)}</Badge>
              <div className="mt-1 text-[11px] text-muted-foreground">{t(`signature.${row.signatureResult}`)}</div>
            </TableCell>
            <TableCell>{row.deliveryCount > 1 ? <Badge tone="warning">×{row.deliveryCount}</Badge> : row.deliveryCount}</TableCell>
            <TableCell className="text-xs">{row.applyResult ? t(`applyResults.${row.applyResult}`) : "—"}</TableCell>
            <TableCell>
              <WebhookRowActions
                id={row.id}
                canApply={canApply && row.status === "accepted"}
                payload={row.payload ? JSON.stringify(row.payload, null, 2) : row.rawBody}
                delivery={{ rawBody: row.rawBody, timestamp: row.timestampHeader, signature: row.signatureHeader, path: `/api/webhooks/uqpay/${row.connectionId}` }}
              />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
