"use client";

import { useState, type ReactNode } from "react";
import { toast } from "@/lib/toast";
import type { DialogControl } from "@/components/on-demand-dialog";
import { describedBy, Field } from "@/components/plain-field";
import { Input } from "@/components/ui/input";
import { translator, type IslandText } from "@/lib/i18n/fill";
import { formatAmount } from "@/lib/money";
import type { PaymentDetail } from "@/lib/payments/data";
import { refundPaymentSchema } from "@/lib/schemas/payments";
import { refundPayment } from "../actions";
import { paymentErrors } from "../../_components/payment-form-kit";
import { ActionDialog } from "./action-dialog";
import { usePaymentAction } from "./use-payment-action";

type Errors = { amount?: string; reason?: string };

/** A full or partial refund; partial refunds may follow each other up to the captured amount. */
export function RefundDialog({ detail, control, text, locale, description }: { detail: PaymentDetail; control: DialogControl; text: IslandText; locale: string; description: ReactNode }) {
  const t = translator(text, "payments.refund.");
  const tr = paymentErrors(translator(text));
  const { intent, refundable } = detail;
  const refund = usePaymentAction(refundPayment);
  const [amount, setAmount] = useState("");
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<Errors>({});

  const submit = async () => {
    const input = { operationId: refund.operationId, payment_intent_id: intent.paymentIntentId, amount, reason };
    const parsed = refundPaymentSchema(intent.currency, refundable).safeParse(input);
    if (!parsed.success) {
      const at = (f: string) => parsed.error.issues.find((i) => i.path[0] === f)?.message;
      return setErrors({ amount: at("amount"), reason: at("reason") }), false;
    }
    setErrors({});
    const result = await refund.run({ payment_intent_id: intent.paymentIntentId, amount, reason });
    if (!result.ok) return setErrors({ amount: result.fieldErrors?.amount?.[0], reason: result.fieldErrors?.reason?.[0] }), false;
    toast.success(t("done"));
    setAmount("");
    setReason("");
    return true;
  };

  return (
    <ActionDialog
      control={control}
      title={t("title")}
      description={description}
      text={text}
      submitLabel={t("submit")}
      pending={refund.pending}
      failure={refund.failure}
      onSubmit={submit}
    >
      <Field id="refund-amount" label={t("amount", { currency: intent.currency })} error={tr(errors.amount, { max: formatAmount(refundable ?? "0", intent.currency, locale) })}>
        <Input inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} {...describedBy("refund-amount", errors.amount)} />
      </Field>
      <Field id="refund-reason" label={t("reason")} error={tr(errors.reason)}>
        <Input value={reason} maxLength={100} onChange={(e) => setReason(e.target.value)} {...describedBy("refund-reason", errors.reason)} />
      </Field>
    </ActionDialog>
  );
}
