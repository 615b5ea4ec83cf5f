"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { fetchEmulatorStatus, sandboxKeys } from "@/lib/query/sandbox";
import { ClockPanel } from "./clock-panel";
import { DeliveriesTable } from "./deliveries-table";
import { FaultsPanel } from "./faults-panel";
import { ResetPanel } from "./reset-panel";
import { WebhooksPanel } from "./webhooks-panel";

const POLL_MS = 3000;

/** The emulator's controls: shown only when the active connection is the emulator. */
export function EmulatorControls() {
  const t = useTranslations("sandbox.controls");
  const status = useQuery({ queryKey: sandboxKeys.emulator, queryFn: ({ signal }) => fetchEmulatorStatus(signal), refetchInterval: POLL_MS });
  return (
    <Card aria-label={t("title")}>
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-6">
        {status.data ? (
          <>
            <ClockPanel clock={status.data.clock} />
            <FaultsPanel rules={status.data.faults} />
            <WebhooksPanel settings={status.data.webhooks} />
            <DeliveriesTable deliveries={status.data.deliveries} />
          </>
        ) : (
          <p className="text-sm text-muted-foreground">{status.isError ? t("unreachable") : t("loading")}</p>
        )}
        <ResetPanel />
      </CardContent>
    </Card>
  );
}
