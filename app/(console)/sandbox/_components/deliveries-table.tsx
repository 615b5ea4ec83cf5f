"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { Delivery } from "@/lib/sandbox/emulator-control";
import { redeliverWebhook } from "../actions";
import { useControlAction } from "./use-control-action";

/** The emulator's webhook delivery log (newest first) with a resend per event. */
export function DeliveriesTable({ deliveries }: { deliveries: Delivery[] }) {
  const t = useTranslations("sandbox.deliveries");
  const { pending, run } = useControlAction();
  return (
    <section aria-label={t("title")} className="grid gap-2">
      <h3 className="font-medium">{t("title")}</h3>
      {deliveries.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t("empty")}</p>
      ) : (
        <div className="max-h-80 overflow-auto">
          <Table aria-label={t("title")}>
            <TableHeader>
              <TableRow>
                <TableHead>{t("event")}</TableHead>
                <TableHead>{t("status")}</TableHead>
                <TableHead>{t("attempt")}</TableHead>
                <TableHead>
                  <span className="sr-only">{t("actions")}</span>
                </TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {deliveries.map((d) => (
                <TableRow key={d.id}>
                  <TableCell className="text-xs">
                    <span className="font-mono">{d.event_type}</span>
                    <br />
                    <span className="text-muted-foreground">{d.emulated_time}</span>
                  </TableCell>
                  <TableCell className="text-xs">
                    {t(`statuses.${d.status}`)}
                    {d.http_status ? ` · ${d.http_status}` : ""}
                    {d.error ? <span className="block text-destructive">{d.error}</span> : null}
                  </TableCell>
                  <TableCell className="text-xs">{d.attempt}</TableCell>
                  <TableCell>
                    <Button size="sm" variant="ghost" disabled={pending} onClick={() => run(() => redeliverWebhook({ eventId: d.event_id }), t("redelivered"))}>
                      {t("redeliver")}
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}
