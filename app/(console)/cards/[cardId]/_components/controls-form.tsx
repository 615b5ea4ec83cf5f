"use client";

import { useTranslations } from "next-intl";
import type { FormEvent } from "react";
import { toast } from "@/lib/toast";
import { ErrorGuidance } from "@/components/error-guidance";
import { Plus, Trash2 } from "@/components/icons";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { useFormValues } from "@/lib/actions/use-form-values";
import type { CardView } from "@/lib/cards/view";
import type { Translate } from "@/lib/i18n/fill";
import type { UpdateCardInput } from "@/lib/schemas/cards";
import { ControlsFields, controlsFieldId } from "../../_components/controls-fields";
import { updateCard } from "../actions";
import { useCardAction } from "./use-card-action";

// zod loads on the first focus or submit, not with the card page's idle-loaded panels (issue #11).
const loadSchema = () => import("@/lib/schemas/cards").then((m) => m.updateCardSchema);
const fieldId = (path: string) => controlsFieldId("update", path);

type Values = Required<UpdateCardInput>;

function valuesOf(card: CardView, operationId: string): Values {
  const risk = card.riskControls;
  return {
    operationId,
    card_id: card.cardId,
    card_currency: card.currency,
    card_limit: card.cardLimit ?? "",
    spending_controls: [{ amount: card.spendingControls.find((s) => s.amount)?.amount ?? "", interval: "PER_TRANSACTION" }],
    risk_controls: {
      allow_3ds_transactions: risk.allow3ds === "N" ? "N" : "Y",
      mcc_mode: risk.allowedMcc.length ? "allowed" : risk.blockedMcc.length ? "blocked" : "none",
      mcc_list: (risk.allowedMcc.length ? risk.allowedMcc : risk.blockedMcc).join(", "),
    },
    metadata: Object.entries(card.metadata).map(([key, value]) => ({ key, value })),
  };
}

/** Limits, spending and risk controls and metadata (card_limit is fixed on SINGLE cards). */
export function ControlsForm({ card }: { card: CardView }) {
  const t: Translate = useTranslations();
  const action = useCardAction(updateCard);
  const form = useFormValues<Values>(() => valuesOf(card, action.operationId), loadSchema, fieldId);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    // The operation id is the action's current one (a new one after each settled attempt).
    if (!(await form.check.validate({ ...form.current(), operationId: action.operationId }))) return;
    const { operationId: _id, ...values } = form.current();
    const result = await action.run(values);
    if (result.ok) toast.success(t("cards.controls.saved"));
    else form.check.showFailure(result, true);
  };

  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("cards.controls.title")}</CardTitle>
        <CardDescription>{t("cards.controls.description")}</CardDescription>
      </CardHeader>
      <CardContent>
        <form onSubmit={onSubmit} onFocus={() => void loadSchema()} noValidate aria-label={t("cards.controls.title")} className="grid gap-4">
          <ControlsFields
            form={form}
            idPrefix="update"
            currency={card.currency}
            showLimit={card.mode !== "SINGLE"}
            icons={{ add: <Plus aria-hidden />, remove: <Trash2 aria-hidden /> }}
            t={t}
          />
          <ErrorGuidance failure={action.failure} />
          <Button type="submit" className="justify-self-start" disabled={action.pending}>
            {t("cards.controls.save")}
          </Button>
        </form>
      </CardContent>
    </Card>
  );
}
