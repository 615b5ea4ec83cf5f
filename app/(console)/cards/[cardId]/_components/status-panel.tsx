"use client";

import { useFormatter, useTranslations } from "next-intl";
import { lazy } from "react";
import { toast } from "@/lib/toast";
import { CardStatusBadge } from "@/components/card-status-badge";
import { ErrorGuidance } from "@/components/error-guidance";
import { OnDemandDialog } from "@/components/on-demand-dialog";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { cancelledOn, EXPLAINED_STATUSES, type CardAction } from "@/lib/cards/status";
import type { CardView } from "@/lib/cards/view";
import { cancelCard, unfreezeCard } from "../actions";
import { useCardAction } from "./use-card-action";

// The dialogs (radix Dialog, zod) load when their button is first used.
const loadFreeze = () => import("./freeze-dialog");
const loadCancel = () => import("./cancel-dialog");
const FreezeDialog = lazy(() => loadFreeze().then((m) => ({ default: m.FreezeDialog })));
const CancelDialog = lazy(() => loadCancel().then((m) => ({ default: m.CancelDialog })));

/** The card's status, what it means, and only the actions that status allows. */
export function StatusPanel({ card, actions, cancelAcceptedAt }: { card: CardView; actions: CardAction[]; cancelAcceptedAt: string | null }) {
  const t = useTranslations("cards");
  const format = useFormatter();
  const unfreeze = useCardAction(unfreezeCard);
  const cancel = useCardAction(cancelCard);
  const known = (EXPLAINED_STATUSES as readonly string[]).includes(card.status);

  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("statusPanel.title")}</CardTitle>
      </CardHeader>
      <CardContent className="grid gap-3 text-sm">
        <div className="flex items-center gap-2">
          <CardStatusBadge status={card.status} />
        </div>
        <p className="text-muted-foreground">{known ? t(`statusHelp.${card.status}`) : t("statusHelp.other", { status: card.status })}</p>
        {card.status === "PRE_CANCEL" ? (
          <p data-testid="cancel-date">
            {cancelAcceptedAt
              ? t("statusPanel.cancelledOn", { date: format.dateTime(cancelledOn(new Date(cancelAcceptedAt)), { dateStyle: "long" }) })
              : t("statusPanel.cancelledAfterWait")}
          </p>
        ) : null}
        <ErrorGuidance failure={unfreeze.failure ?? cancel.failure} />
        {actions.length > 0 ? (
          <div className="flex flex-wrap gap-2">
            {actions.includes("freeze") ? (
              <OnDemandDialog variant="outline" preload={loadFreeze} dialog={(control) => <FreezeDialog card={card} control={control} />}>
                {t("actions.freeze")}
              </OnDemandDialog>
            ) : null}
            {actions.includes("unfreeze") ? (
              <Button
                variant="outline"
                disabled={unfreeze.pending}
                onClick={async () => {
                  const result = await unfreeze.run({ card_id: card.cardId });
                  if (result.ok) toast.success(t("statusPanel.unfrozen"));
                }}
              >
                {t("actions.unfreeze")}
              </Button>
            ) : null}
            {actions.includes("cancel") ? (
              <OnDemandDialog
                variant="destructive"
                preload={loadCancel}
                dialog={(control) => (
                  <CancelDialog
                    card={card}
                    control={control}
                    onConfirm={async () => {
                      const result = await cancel.run({ card_id: card.cardId, update_reason: "" });
                      if (result.ok) toast.success(t("statusPanel.cancelled"));
                    }}
                  />
                )}
              >
                {t("actions.cancel")}
              </OnDemandDialog>
            ) : null}
          </div>
        ) : null}
      </CardContent>
    </Card>
  );
}
