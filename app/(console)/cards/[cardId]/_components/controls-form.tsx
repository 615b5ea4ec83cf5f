"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { useForm } from "react-hook-form";
import { toast } from "@/lib/toast";
import { ErrorGuidance } from "@/components/error-guidance";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { applyFieldErrors } from "@/lib/actions/apply-field-errors";
import type { CardView } from "@/lib/cards/view";
import { updateCardSchema, type UpdateCardInput } from "@/lib/schemas/cards";
import { ControlsFields } from "../../_components/controls-fields";
import { updateCard } from "../actions";
import { useCardAction } from "./use-card-action";

function defaultsOf(card: CardView, operationId: string): UpdateCardInput {
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
  const t = useTranslations("cards");
  const action = useCardAction(updateCard);
  const form = useForm<UpdateCardInput>({ resolver: zodResolver(updateCardSchema), defaultValues: defaultsOf(card, action.operationId) });
  useEffect(() => form.setValue("operationId", action.operationId), [action.operationId, form]);

  const onSubmit = form.handleSubmit(async () => {
    const { operationId: _id, ...values } = form.getValues();
    const result = await action.run(values);
    if (result.ok) toast.success(t("controls.saved"));
    else applyFieldErrors(result, form.setError);
  });

  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("controls.title")}</CardTitle>
        <CardDescription>{t("controls.description")}</CardDescription>
      </CardHeader>
      <CardContent>
        <form onSubmit={onSubmit} noValidate aria-label={t("controls.title")} className="grid gap-4">
          <ControlsFields form={form} idPrefix="update" currency={card.currency} showLimit={card.mode !== "SINGLE"} />
          <ErrorGuidance failure={action.failure} />
          <Button type="submit" className="justify-self-start" disabled={action.pending}>
            {t("controls.save")}
          </Button>
        </form>
      </CardContent>
    </Card>
  );
}
