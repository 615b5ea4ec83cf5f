"use client";

import { useState } from "react";
import { toast } from "@/lib/toast";
import { FailureNotice } from "@/components/failure-notice";
import { describedBy, Field } from "@/components/plain-field";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { translator, type IslandText } from "@/lib/i18n/fill";
import type { IntentView } from "@/lib/payments/view";
import { updatePaymentIntent } from "../actions";
import { paymentErrors } from "../../_components/payment-form-kit";
import { usePaymentAction } from "./use-payment-action";

type Errors = { amount?: string; currency?: string };

// zod and the schema arrive with the form's first focus or submit, not with the page (issue #11).
const loadSchema = () => import("@/lib/schemas/payments").then((m) => m.updatePaymentIntentSchema);

/** Amount and currency can change until the intent is first confirmed (seed 003). */
export function UpdateAmountForm({ intent, text }: { intent: IntentView; text: IslandText }) {
  const t = translator(text, "payments.update.");
  const tr = paymentErrors(translator(text));
  const update = usePaymentAction(updatePaymentIntent);
  const [amount, setAmount] = useState(intent.amount ?? "");
  const [currency, setCurrency] = useState(intent.currency);
  const [errors, setErrors] = useState<Errors>({});

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const parsed = (await loadSchema()).safeParse({ operationId: update.operationId, payment_intent_id: intent.paymentIntentId, amount, currency });
    if (!parsed.success) {
      const at = (f: string) => parsed.error.issues.find((i) => i.path[0] === f)?.message;
      return setErrors({ amount: at("amount"), currency: at("currency") });
    }
    setErrors({});
    const result = await update.run({ payment_intent_id: intent.paymentIntentId, amount: parsed.data.amount, currency: parsed.data.currency });
    if (!result.ok) return setErrors({ amount: result.fieldErrors?.amount?.[0], currency: result.fieldErrors?.currency?.[0] });
    toast.success(t("done"));
  };

  return (
    <form onSubmit={submit} onFocus={() => void loadSchema()} noValidate aria-label={t("title")} className="grid gap-3">
      <h3 className="text-sm font-medium">{t("title")}</h3>
      <FailureNotice failure={update.failure} text={text} />
      <div className="grid grid-cols-[1fr_5rem] gap-2">
        <Field id="update-amount" label={t("amount")} error={tr(errors.amount)}>
          <Input inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} {...describedBy("update-amount", errors.amount)} />
        </Field>
        <Field id="update-currency" label={t("currency")} error={tr(errors.currency)}>
          <Input value={currency} maxLength={3} onChange={(e) => setCurrency(e.target.value.toUpperCase())} {...describedBy("update-currency", errors.currency)} />
        </Field>
      </div>
      <Button type="submit" variant="outline" disabled={update.pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
