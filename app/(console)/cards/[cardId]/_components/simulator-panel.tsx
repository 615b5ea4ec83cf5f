"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { ErrorGuidance } from "@/components/error-guidance";
import { describedBy, FormField } from "@/components/form-field";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { useSchemaCheck } from "@/lib/actions/use-schema-check";
import { SIMULATOR_DEFAULT_MCC } from "@/lib/cards/simulator";
import type { CardTransactionView, CardView, ReversalChoice } from "@/lib/cards/view";
import type { SimulateAuthorizationInput } from "@/lib/schemas/card-actions";
import { simulateAuthorization } from "../actions";
import { useCardErrors } from "../../_components/use-card-errors";
import { ReversalForm } from "./reversal-form";
import { SimulatedResult } from "./simulated-result";
import { useCardAction } from "./use-card-action";

/** Sandbox authorisations and reversals on a simulator-capable card (BIN 40963608, MCC 5734). */
export function SimulatorPanel({ card, reversible }: { card: CardView; reversible: ReversalChoice[] }) {
  const t = useTranslations("cards.simulator");
  const tr = useCardErrors();
  const action = useCardAction(simulateAuthorization);
  const [result, setResult] = useState<{ transaction: CardTransactionView; balance: string | null } | null>(null);
  const [values, setValues] = useState({
    transaction_amount: "",
    transaction_currency: card.currency,
    merchant_name: "",
    merchant_category_code: SIMULATOR_DEFAULT_MCC,
  });
  const check = useSchemaCheck<SimulateAuthorizationInput>(
    () => import("@/lib/schemas/card-actions").then((m) => m.simulateAuthorizationSchema),
    (name) => `sim-${name}`,
  );
  const input = (next: typeof values): SimulateAuthorizationInput => ({ operationId: action.operationId, card_id: card.cardId, ...next });
  const field = (name: keyof typeof values, label: string, props: React.ComponentProps<typeof Input> = {}) => {
    const id = `sim-${name}`;
    const error = tr(check.errors[name]);
    return (
      <FormField id={id} label={label} error={error}>
        <Input
          autoComplete="off"
          {...props}
          {...describedBy(id, error)}
          name={name}
          value={values[name]}
          onChange={(event) => {
            const next = { ...values, [name]: event.target.value };
            setValues(next);
            check.revalidate(input(next));
          }}
        />
      </FormField>
    );
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!(await check.validate(input(values)))) return;
    const outcome = await action.run({ card_id: card.cardId, ...values });
    if (outcome.ok) {
      const transaction = outcome.data.summary as CardTransactionView;
      setResult({ transaction, balance: outcome.data.card?.availableBalance ?? transaction.availableBalance });
    } else check.showFailure(outcome);
  };

  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-5">
        <form onSubmit={onSubmit} noValidate aria-label={t("authorize")} className="grid gap-2">
          {field("transaction_amount", t("amount"), { inputMode: "decimal" })}
          {field("transaction_currency", t("currency"))}
          {field("merchant_name", t("merchant"))}
          {field("merchant_category_code", t("mcc"), { inputMode: "numeric" })}
          <Button type="submit" disabled={action.pending}>
            {t("authorize")}
          </Button>
          <ErrorGuidance failure={action.failure} />
        </form>
        {result ? <SimulatedResult transaction={result.transaction} balance={result.balance} currency={card.currency} /> : null}
        <ReversalForm card={card} authorizations={reversible} />
      </CardContent>
    </Card>
  );
}
