"use client";

import { useFormatter, useTranslations } from "next-intl";
import { toast } from "@/lib/toast";
import { CardStatusBadge } from "@/components/card-status-badge";
import { ConfirmDialog } from "@/components/confirm-dialog";
import { ErrorGuidance } from "@/components/error-guidance";
import { Money } from "@/components/money";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { DialogClose } from "@/components/ui/dialog";
import { isPositive } from "@/lib/money";
import { cancelledOn, EXPLAINED_STATUSES, type CardAction } from "@/lib/cards/status";
import type { CardView } from "@/lib/cards/view";
import { cancelCard, unfreezeCard } from "../actions";
import { FreezeDialog } from "./freeze-dialog";
import { useCardAction } from "./use-card-action";

/** The card's status, what it means, and only the actions that status allows. */
export function StatusPanel({ card, actions, cancelAcceptedAt }: { card: CardView; actions: CardAction[]; cancelAcceptedAt: string | null }) {
  const t = useTranslations("cards");
  const format = useFormatter();
  const unfreeze = useCardAction(card.cardId, unfreezeCard);
  const cancel = useCardAction(card.cardId, cancelCard);
  const known = (EXPLAINED_STATUSES as readonly string[]).includes(card.status);
  const hasBalance = card.availableBalance !== null && isPositive(card.availableBalance);
  const label = `•••• ${card.last4 ?? ""}`.trim();

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
            {actions.includes("freeze") ? <FreezeDialog card={card} /> : null}
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
              <ConfirmDialog
                destructive
                trigger={<Button variant="destructive">{t("actions.cancel")}</Button>}
                title={t("statusPanel.cancelTitle", { card: label })}
                confirmLabel={t("statusPanel.cancelConfirm")}
                description={
                  <div className="grid gap-2">
                    <p>{t("statusPanel.cancelIrreversible", { card: label, days: 30 })}</p>
                    {hasBalance ? (
                      <p className="font-medium">
                        {t("statusPanel.cancelBalance")} <Money amount={card.availableBalance} currency={card.currency} />
                      </p>
                    ) : null}
                    {hasBalance && card.mode === "SINGLE" ? (
                      <p>
                        {t("statusPanel.cancelWithdrawFirst")}{" "}
                        <DialogClose asChild>
                          <a href="#funds" className="text-primary underline">
                            {t("statusPanel.withdrawFirst")}
                          </a>
                        </DialogClose>
                      </p>
                    ) : null}
                  </div>
                }
                onConfirm={async () => {
                  const result = await cancel.run({ card_id: card.cardId, update_reason: "" });
                  if (result.ok) toast.success(t("statusPanel.cancelled"));
                }}
              />
            ) : null}
          </div>
        ) : null}
      </CardContent>
    </Card>
  );
}
