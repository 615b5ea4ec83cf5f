"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "@/lib/toast";
import { ErrorGuidance } from "@/components/error-guidance";
import { returnFocusOnClose, type DialogControl } from "@/components/on-demand-dialog";
import { describedBy, FormField } from "@/components/form-field";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogTitle } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { freezeCardSchema } from "@/lib/schemas/card-actions";
import type { CardView } from "@/lib/cards/view";
import { freezeCard } from "../actions";
import { useCardErrors } from "../../_components/use-card-errors";
import { useCardAction } from "./use-card-action";

/**
 * Freezing asks why: UQPAY keeps the reason on the card (update_reason, ≤100 characters).
 * Loaded on demand by the status panel's Freeze button, which opens it.
 */
export function FreezeDialog({ card, control }: { card: CardView; control: DialogControl }) {
  const t = useTranslations("cards");
  const tr = useCardErrors();
  const { open, onOpenChange: setOpen } = control;
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | undefined>();
  const freeze = useCardAction(freezeCard);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const parsed = freezeCardSchema.safeParse({ operationId: freeze.operationId, card_id: card.cardId, update_reason: reason });
    if (!parsed.success) return setError(parsed.error.issues.find((i) => i.path[0] === "update_reason")?.message ?? "invalid");
    setError(undefined);
    const result = await freeze.run({ card_id: card.cardId, update_reason: reason });
    if (result.ok) {
      toast.success(t("statusPanel.frozen"));
      setOpen(false);
      setReason("");
    } else setError(result.fieldErrors?.update_reason?.[0]);
  };

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogContent closeLabel={t("actions.close")} className="max-w-md" onCloseAutoFocus={returnFocusOnClose(control)}>
        <DialogTitle>{t("statusPanel.freezeTitle", { card: `•••• ${card.last4 ?? ""}` })}</DialogTitle>
        <DialogDescription>{t("statusPanel.freezeDescription")}</DialogDescription>
        <form onSubmit={submit} noValidate className="grid gap-3" aria-label={t("actions.freeze")}>
          <ErrorGuidance failure={freeze.failure} />
          <FormField id="freeze-reason" label={t("fields.reason")} error={tr(error)}>
            <Input value={reason} maxLength={100} onChange={(e) => setReason(e.target.value)} {...describedBy("freeze-reason", error)} />
          </FormField>
          <div className="flex justify-end gap-2">
            <Button type="button" variant="outline" onClick={() => setOpen(false)}>
              {t("actions.back")}
            </Button>
            <Button type="submit" disabled={freeze.pending}>
              {t("actions.freezeConfirm")}
            </Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
