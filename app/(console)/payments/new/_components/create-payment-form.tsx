"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { FailureNotice } from "@/components/failure-notice";
import { describedBy, Field } from "@/components/plain-field";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import type { ActionFailure } from "@/lib/actions/result";
import { useOperationId } from "@/lib/actions/use-operation-id";
import { translator, type IslandText } from "@/lib/i18n/fill";
import { CREATE_METHOD_KINDS } from "@/lib/payments/kinds";
import type { CardPaymentInput, CreatePaymentIntentInput } from "@/lib/schemas/payments";
import { createPaymentIntent } from "../../actions";
import { MethodFields } from "../../_components/method-fields";
import { browserInfo, formFieldErrors, type MethodFormValues, paymentErrors, usePaymentValues } from "../../_components/payment-form-kit";
import { useFollowNextAction } from "../../_components/use-follow-next-action";

type Values = Omit<CreatePaymentIntentInput, "card" | "payment_code" | "browser_info"> & MethodFormValues;

// zod and the schema arrive with the form's first focus or submit, not with the page (issue #11).
const loadSchema = () => import("@/lib/schemas/payments").then((m) => m.createPaymentIntentSchema);

/** Creates an intent, paying at once (card, wallet) or later ("none": confirm on the payment page). */
export function CreatePaymentForm({ returnUrl, initialCard, text }: { returnUrl: string; initialCard: CardPaymentInput; text: IslandText }) {
  const words = translator(text);
  const t = translator(text, "payments.");
  const tr = paymentErrors(words);
  const router = useRouter();
  const follow = useFollowNextAction();
  const { operationId, settle } = useOperationId();
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [pending, setPending] = useState(false);
  const form = usePaymentValues<Values>(
    () => ({
      operationId,
      amount: "",
      currency: "SGD",
      merchant_order_id: "",
      description: "",
      return_url: returnUrl,
      metadata: "",
      method: "card",
      card: initialCard,
      payment_code: "",
    }),
    loadSchema,
    "pi",
  );
  const { errors } = form.check;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    setPending(true);
    try {
      const values = (await form.check.parse({ ...form.current(), operationId })) as Values | null;
      if (!values) return;
      const threeDs = values.method === "card" && values.card.three_ds_action === "enforce_3ds";
      const result = await createPaymentIntent({ ...values, operationId, browser_info: threeDs ? browserInfo() : undefined });
      settle(result);
      if (!result.ok) {
        form.check.showFailure(formFieldErrors(result));
        return setFailure(result);
      }
      if (follow(result.data.intent)) return;
      if (result.data.target) router.push(`/payments/${result.data.target}`);
    } finally {
      setPending(false);
    }
  };

  const field = (name: "amount" | "currency" | "merchant_order_id" | "description" | "return_url", label: string, props: React.ComponentProps<"input"> = {}) => (
    <Field id={`pi-${name}`} label={label} error={tr(errors[name])} required={name !== "return_url"}>
      <Input
        autoComplete="off"
        {...props}
        {...describedBy(`pi-${name}`, errors[name])}
        name={name}
        value={form.values[name] ?? ""}
        onChange={(event) => form.set(name, event.target.value)}
      />
    </Field>
  );

  return (
    <form onSubmit={onSubmit} onFocus={() => void loadSchema()} noValidate aria-label={t("new.title")} className="grid max-w-4xl gap-6">
      <FailureNotice failure={failure} text={text} />
      <Card>
        <CardHeader>
          <CardTitle>{t("new.order")}</CardTitle>
        </CardHeader>
        <CardContent className="grid gap-3 sm:grid-cols-2">
          {field("amount", t("fields.amount"), { inputMode: "decimal", placeholder: "8.98" })}
          {field("currency", t("fields.currency"), { maxLength: 3 })}
          {field("merchant_order_id", t("fields.merchantOrderId"), { maxLength: 36 })}
          {field("description", t("fields.description"), { maxLength: 32 })}
          <div className="sm:col-span-2">{field("return_url", t("fields.returnUrl"))}</div>
          <div className="sm:col-span-2">
            <Field id="pi-metadata" label={t("fields.metadata")} error={tr(errors.metadata)} hint={t("new.metadataHint")}>
              <textarea
                rows={3}
                className="w-full rounded-md border bg-background px-3 py-2 font-mono text-sm"
                placeholder='{"channel": "console"}'
                {...describedBy("pi-metadata", errors.metadata, true)}
                name="metadata"
                value={form.values.metadata ?? ""}
                onChange={(event) => form.set("metadata", event.target.value)}
              />
            </Field>
          </div>
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{t("new.payment")}</CardTitle>
        </CardHeader>
        <CardContent>
          <MethodFields idPrefix="pi" kinds={CREATE_METHOD_KINDS} values={form.values} errors={errors} set={form.set} words={words} />
        </CardContent>
      </Card>
      <div className="flex justify-end">
        <Button type="submit" disabled={pending}>
          {pending ? t("new.submitting") : t("new.submit")}
        </Button>
      </div>
    </form>
  );
}
