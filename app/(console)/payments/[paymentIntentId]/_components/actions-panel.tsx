"use client";

import { useTranslations } from "next-intl";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { PaymentDetail } from "@/lib/payments/data";
import type { PaymentAction } from "@/lib/payments/status";
import { CancelDialog } from "./cancel-dialog";
import { CaptureDialog } from "./capture-dialog";
import { RefundDialog } from "./refund-dialog";
import { UpdateAmountForm } from "./update-amount-form";

/** Only what the intent's status allows (seed 003's table), and nothing at all for viewers. */
export function ActionsPanel({ detail, actions, canOperate }: { detail: PaymentDetail; actions: PaymentAction[]; canOperate: boolean }) {
  const t = useTranslations("payments.actions");
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
          {panelActions.includes("capture") ? <CaptureDialog intent={intent} /> : null}
          {panelActions.includes("refund") ? <RefundDialog detail={detail} /> : null}
          {panelActions.includes("update") ? <UpdateAmountForm intent={intent} /> : null}
          {panelActions.includes("cancel") ? <CancelDialog intent={intent} /> : null}
        </CardContent>
      ) : null}
    </Card>
  );
}
