"use client";

import { useState } from "react";
import { toast } from "@/lib/toast";
import type { DialogControl } from "@/components/on-demand-dialog";
import { Field } from "@/components/plain-field";
import { NativeSelect } from "@/components/ui/native-select";
import { translator, type IslandText } from "@/lib/i18n/fill";
import type { IntentView } from "@/lib/payments/view";
import { CANCELLATION_REASONS } from "@/lib/payments/kinds";
import { cancelPaymentIntent } from "../actions";
import { ActionDialog } from "./action-dialog";
import { usePaymentAction } from "./use-payment-action";

type Reason = (typeof CANCELLATION_REASONS)[number];

/** Cancelling is final: the intent becomes CANCELLED and accepts no further payment. */
export function CancelDialog({ intent, control, text }: { intent: IntentView; control: DialogControl; text: IslandText }) {
  const t = translator(text, "payments.cancel.");
  const cancel = usePaymentAction(cancelPaymentIntent);
  const [reason, setReason] = useState<Reason>("requested_by_customer");

  const submit = async () => {
    const result = await cancel.run({ payment_intent_id: intent.paymentIntentId, cancellation_reason: reason });
    if (!result.ok) return false;
    toast.success(t("done"));
    return true;
  };

  return (
    <ActionDialog control={control} title={t("title")} description={t("description")} submitLabel={t("submit")} pending={cancel.pending} failure={cancel.failure} destructive onSubmit={submit} text={text}>
      <Field id="cancel-reason" label={t("reason")}>
        <NativeSelect id="cancel-reason" value={reason} onChange={(e) => setReason(e.target.value as Reason)}>
          {CANCELLATION_REASONS.map((r) => (
            <option key={r} value={r}>
              {t(`reasons.${r}`)}
            </option>
          ))}
        </NativeSelect>
      </Field>
    </ActionDialog>
  );
}
