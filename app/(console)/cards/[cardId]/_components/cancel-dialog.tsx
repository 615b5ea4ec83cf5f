"use client";

import { useTranslations } from "next-intl";
import { ConfirmDialog } from "@/components/confirm-dialog";
import { Money } from "@/components/money";
import type { DialogControl } from "@/components/on-demand-dialog";
import { DialogClose } from "@/components/ui/dialog";
import { isPositive } from "@/lib/money-text";
import type { CardView } from "@/lib/cards/view";

/** Cancelling is irreversible: the dialog says so, shows what the card still holds, and offers to withdraw it first. */
export function CancelDialog({ card, control, onConfirm }: { card: CardView; control: DialogControl; onConfirm: () => Promise<void> }) {
  const t = useTranslations("cards");
  const hasBalance = card.availableBalance !== null && isPositive(card.availableBalance);
  const label = `•••• ${card.last4 ?? ""}`.trim();
  return (
    <ConfirmDialog
      destructive
      control={control}
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
      onConfirm={onConfirm}
    />
  );
}
