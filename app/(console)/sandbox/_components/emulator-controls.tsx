"use client";

import { useTranslations } from "next-intl";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { EmulatorStatus } from "@/lib/sandbox/emulator-status";
import { usePolledJson } from "@/lib/query/use-polled-json";
import { ClockPanel } from "./clock-panel";
import { DeliveriesTable } from "./deliveries-table";
import { FaultsPanel } from "./faults-panel";
import { ResetPanel } from "./reset-panel";
import { ReloadStatus } from "./use-control-action";
import { WebhooksPanel } from "./webhooks-panel";

const POLL_MS = 3000;

/**
 * The emulator's controls: shown only when the active connection is the emulator. An island (the
 * page is server-rendered) that keeps its status current itself, from the status the page read.
 */
export function EmulatorControls({ initial }: { initial?: EmulatorStatus }) {
  const t = useTranslations("sandbox.controls");
  const status = usePolledJson<EmulatorStatus>("/api/sandbox/emulator", POLL_MS, initial);
  return (
    <ReloadStatus value={status.reload}>
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
            <p className="text-sm text-muted-foreground">{status.failed ? t("unreachable") : t("loading")}</p>
          )}
          <ResetPanel />
        </CardContent>
      </Card>
    </ReloadStatus>
  );
}
