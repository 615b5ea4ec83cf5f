"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ErrorGuidance } from "@/components/error-guidance";
import { FormField } from "@/components/form-field";
import { Button } from "@/components/ui/button";
import { NativeSelect } from "@/components/ui/native-select";
import type { CardTransactionView, CardView, ReversalChoice } from "@/lib/cards/view";
import { simulateReversal } from "../actions";
import { SimulatedResult } from "./simulated-result";
import { useCardAction } from "./use-card-action";

/** Reverses one of the card's approved, not yet reversed authorisations. */
export function ReversalForm({ card, authorizations }: { card: CardView; authorizations: ReversalChoice[] }) {
  const t = useTranslations("cards.simulator");
  const action = useCardAction(simulateReversal);
  const [chosen, setChosen] = useState("");
  const [result, setResult] = useState<{ transaction: CardTransactionView; balance: string | null } | null>(null);
  const selected = authorizations.some((a) => a.transactionId === chosen) ? chosen : (authorizations[0]?.transactionId ?? "");

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!selected) return;
    const outcome = await action.run({ card_id: card.cardId, transaction_id: selected });
    if (outcome.ok) {
      const transaction = outcome.data.summary as CardTransactionView;
      setResult({ transaction, balance: outcome.data.card?.availableBalance ?? transaction.availableBalance });
    }
  };

  return (
    <form onSubmit={submit} aria-label={t("reverse")} className="grid gap-2 border-t pt-4">
      {authorizations.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t("nothingToReverse")}</p>
      ) : (
        <>
          <FormField id="reversal-transaction" label={t("authorization")}>
            <NativeSelect id="reversal-transaction" value={selected} onChange={(e) => setChosen(e.target.value)}>
              {authorizations.map((a) => (
                <option key={a.transactionId} value={a.transactionId}>
                  {a.label}
                </option>
              ))}
            </NativeSelect>
          </FormField>
          <Button type="submit" variant="outline" disabled={action.pending}>
            {t("reverse")}
          </Button>
        </>
      )}
      <ErrorGuidance failure={action.failure} />
      {result ? <SimulatedResult transaction={result.transaction} balance={result.balance} currency={card.currency} /> : null}
    </form>
  );
}
