"use client";

import { useTranslations } from "next-intl";
import { lazy } from "react";
import { OnDemandDialog } from "@/components/on-demand-dialog";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { PaymentDetail } from "@/lib/payments/data";
import type { PaymentAction } from "@/lib/payments/status";
import { UpdateAmountForm } from "./update-amount-form";

// The dialogs (radix Dialog, zod, decimal.js) load when their button is first used (issue #11).
const loadCapture = () => import("./capture-dialog");
const loadRefund = () => import("./refund-dialog");
const loadCancel = () => import("./cancel-dialog");
const CaptureDialog = lazy(() => loadCapture().then((m) => ({ default: m.CaptureDialog })));
const RefundDialog = lazy(() => loadRefund().then((m) => ({ default: m.RefundDialog })));
const CancelDialog = lazy(() => loadCancel().then((m) => ({ default: m.CancelDialog })));

/** Only what the intent's status allows (seed 003's table), and nothing at all for viewers. */
export function ActionsPanel({ detail, actions, canOperate }: { detail: PaymentDetail; actions: PaymentAction[]; canOperate: boolean }) {
  const t = useTranslations("payments.actions");
  const tp = useTranslations("payments");
  const { intent } = detail;
  const panelActions = actions.filter((a) => a === "capture" || a === "refund" || a === "update" || a === "cancel");
  const status = intent.status ?? "UNKNOWN";
  return (
    <Card aria-label={t("title")}>
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
        <CardDescription>
          {!canOperate ? t("viewerNote") : panelActions.length === 0 ? (t.has(`none.${status}`) ? t(`none.${status}`) : t("none.other")) : t("description")}
        </CardDescription>
      </CardHeader>
      {panelActions.length > 0 ? (
        <CardContent className="grid gap-3">
          {panelActions.includes("capture") ? (
            <OnDemandDialog className="w-full" preload={loadCapture} dialog={(control) => <CaptureDialog intent={intent} control={control} />}>
              {tp("capture.trigger")}
            </OnDemandDialog>
          ) : null}
          {panelActions.includes("refund") ? (
            <OnDemandDialog className="w-full" preload={loadRefund} dialog={(control) => <RefundDialog detail={detail} control={control} />}>
              {tp("refund.trigger")}
            </OnDemandDialog>
          ) : null}
          {panelActions.includes("update") ? <UpdateAmountForm intent={intent} /> : null}
          {panelActions.includes("cancel") ? (
            <OnDemandDialog variant="outline" className="w-full" preload={loadCancel} dialog={(control) => <CancelDialog intent={intent} control={control} />}>
              {tp("cancel.trigger")}
            </OnDemandDialog>
          ) : null}
        </CardContent>
      ) : null}
    </Card>
  );
}
