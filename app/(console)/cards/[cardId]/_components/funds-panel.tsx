"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent, type ReactNode } from "react";
import { toast } from "@/lib/toast";
import { ErrorGuidance } from "@/components/error-guidance";
import { describedBy, FormField } from "@/components/form-field";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { useSchemaCheck } from "@/lib/actions/use-schema-check";
import type { CardFundsInput } from "@/lib/schemas/card-actions";
import type { CardView } from "@/lib/cards/view";
import { rechargeCard, withdrawCard } from "../actions";
import { useCardErrors } from "../../_components/use-card-errors";
import { useCardAction } from "./use-card-action";

function FundsForm({ card, kind, issuingAvailable }: { card: CardView; kind: "recharge" | "withdraw"; issuingAvailable: string | null }) {
  const t = useTranslations("cards");
  const tr = useCardErrors();
  const action = useCardAction(kind === "recharge" ? rechargeCard : withdrawCard);
  const [amount, setAmount] = useState("");
  const id = `${kind}-amount`;
  // A withdrawal cannot exceed what the card holds; a recharge what the issuing balance holds.
  const check = useSchemaCheck<CardFundsInput>(
    () =>
      import("@/lib/schemas/card-actions").then(({ cardFundsSchema }) =>
        kind === "withdraw" ? cardFundsSchema(card.currency, card.availableBalance ?? "0") : cardFundsSchema(card.currency, issuingAvailable, "issuing"),
      ),
    () => id,
  );
  const values = (text: string): CardFundsInput => ({ operationId: action.operationId, card_id: card.cardId, amount: text });
  const error = tr(check.errors.amount);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!(await check.validate(values(amount)))) return;
    const result = await action.run({ card_id: card.cardId, amount });
    if (result.ok) {
      toast.success(t(`funds.${kind}Done`));
      setAmount("");
      check.reset();
    } else check.showFailure(result);
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t(`actions.${kind}`)} className="grid gap-2">
      <FormField id={id} label={t(`funds.${kind}Amount`, { currency: card.currency })} error={error}>
        <Input
          name="amount"
          inputMode="decimal"
          autoComplete="off"
          value={amount}
          onChange={(event) => {
            setAmount(event.target.value);
            check.revalidate(values(event.target.value));
          }}
          {...describedBy(id, error)}
        />
      </FormField>
      <Button type="submit" variant="outline" disabled={action.pending}>
        {t(`actions.${kind}`)}
      </Button>
      <ErrorGuidance failure={action.failure} />
    </form>
  );
}

/**
 * Moving money into or out of a SINGLE-mode card (SHARE cards spend the issuing balance directly).
 * `balances` is the card's and the issuing balance's amounts, formatted on the server (funds-balances.tsx).
 */
export function FundsPanel({ card, issuingAvailable, balances }: { card: CardView; issuingAvailable: string | null; balances: ReactNode }) {
  const t = useTranslations("cards");
  return (
    <Card id="funds">
      <CardHeader>
        <CardTitle>{t("funds.title")}</CardTitle>
        <CardDescription>{balances}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-5">
        <FundsForm card={card} kind="recharge" issuingAvailable={issuingAvailable} />
        <FundsForm card={card} kind="withdraw" issuingAvailable={issuingAvailable} />
      </CardContent>
    </Card>
  );
}
