"use client";

import { useState, type ReactNode } from "react";
import { toast } from "@/lib/toast";
import type { DialogControl } from "@/components/on-demand-dialog";
import { describedBy, Field } from "@/components/plain-field";
import { Input } from "@/components/ui/input";
import { translator, type IslandText } from "@/lib/i18n/fill";
import { formatAmount } from "@/lib/money";
import type { IntentView } from "@/lib/payments/view";
import { capturePaymentIntentSchema } from "@/lib/schemas/payments";
import { capturePaymentIntent } from "../actions";
import { paymentErrors } from "../../_components/payment-form-kit";
import { ActionDialog } from "./action-dialog";
import { usePaymentAction } from "./use-payment-action";

/** Captures what was authorised, in full (blank) or in part; never more than the authorisation. */
export function CaptureDialog({ intent, control, text, locale, description }: { intent: IntentView; control: DialogControl; text: IslandText; locale: string; description: ReactNode }) {
  const t = translator(text, "payments.capture.");
  const tr = paymentErrors(translator(text));
  const capture = usePaymentAction(capturePaymentIntent);
  const authorised = intent.latestAttempt?.amount ?? intent.amount;
  const [amount, setAmount] = useState("");
  const [error, setError] = useState<string | undefined>();

  const submit = async () => {
    const input = { operationId: capture.operationId, payment_intent_id: intent.paymentIntentId, amount_to_capture: amount };
    const parsed = capturePaymentIntentSchema(intent.currency, authorised).safeParse(input);
    if (!parsed.success) return setError(parsed.error.issues[0]?.message), false;
    setError(undefined);
    const result = await capture.run({ payment_intent_id: intent.paymentIntentId, amount_to_capture: amount });
    if (!result.ok) return setError(result.fieldErrors?.amount_to_capture?.[0]), false;
    toast.success(t("done"));
    setAmount("");
    return true;
  };

  return (
    <ActionDialog
      control={control}
      title={t("title")}
      description={description}
      text={text}
      submitLabel={t("submit")}
      pending={capture.pending}
      failure={capture.failure}
      onSubmit={submit}
    >
      <Field id="capture-amount" label={t("amount", { currency: intent.currency })} hint={t("amountHint")} error={tr(error, { max: authorised ? formatAmount(authorised, intent.currency, locale) : "" })}>
        <Input inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} {...describedBy("capture-amount", error, true)} />
      </Field>
    </ActionDialog>
  );
}
