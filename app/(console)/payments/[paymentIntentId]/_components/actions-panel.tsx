import { getTranslations } from "next-intl/server";
import type { ComponentProps } from "react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PaymentActionButtons } from "./islands";

type Props = ComponentProps<typeof PaymentActionButtons> & { canOperate: boolean };

/** Only what the intent's status allows (seed 003's table), and nothing at all for viewers. */
export async function ActionsPanel({ detail, actions, canOperate, ...buttons }: Props) {
  const t = await getTranslations("payments.actions");
  const panelActions = actions.filter((a) => a === "capture" || a === "refund" || a === "update" || a === "cancel");
  const status = detail.intent.status ?? "UNKNOWN";
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
          <PaymentActionButtons detail={detail} actions={panelActions} {...buttons} />
        </CardContent>
      ) : null}
    </Card>
  );
}
