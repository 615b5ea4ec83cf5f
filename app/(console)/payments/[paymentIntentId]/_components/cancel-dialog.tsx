"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "@/lib/toast";
import type { DialogControl } from "@/components/on-demand-dialog";
import { FormField } from "@/components/form-field";
import { NativeSelect } from "@/components/ui/native-select";
import type { IntentView } from "@/lib/payments/view";
import { CANCELLATION_REASONS } from "@/lib/payments/kinds";
import { cancelPaymentIntent } from "../actions";
import { ActionDialog } from "./action-dialog";
import { usePaymentAction } from "./use-payment-action";

type Reason = (typeof CANCELLATION_REASONS)[number];

/** Cancelling is final: the intent becomes CANCELLED and accepts no further payment. */
export function CancelDialog({ intent, control }: { intent: IntentView; control: DialogControl }) {
  const t = useTranslations("payments.cancel");
  const cancel = usePaymentAction(intent.paymentIntentId, cancelPaymentIntent);
  const [reason, setReason] = useState<Reason>("requested_by_customer");

  const submit = async () => {
    const result = await cancel.run({ payment_intent_id: intent.paymentIntentId, cancellation_reason: reason });
    if (!result.ok) return false;
    toast.success(t("done"));
    return true;
  };

  return (
    <ActionDialog control={control} title={t("title")} description={t("description")} submitLabel={t("submit")} pending={cancel.pending} failure={cancel.failure} destructive onSubmit={submit}>
      <FormField id="cancel-reason" label={t("reason")}>
        <NativeSelect id="cancel-reason" value={reason} onChange={(e) => setReason(e.target.value as Reason)}>
          {CANCELLATION_REASONS.map((r) => (
            <option key={r} value={r}>
              {t(`reasons.${r}`)}
            </option>
          ))}
        </NativeSelect>
      </FormField>
    </ActionDialog>
  );
}
