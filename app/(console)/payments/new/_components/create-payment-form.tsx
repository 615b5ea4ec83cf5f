"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormProvider, useForm, type Resolver } from "react-hook-form";
import { ErrorGuidance } from "@/components/error-guidance";
import { describedBy, FormField } from "@/components/form-field";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { applyFieldErrors } from "@/lib/actions/apply-field-errors";
import type { ActionFailure } from "@/lib/actions/result";
import { useOperationId } from "@/lib/actions/use-operation-id";
import { CREATE_METHOD_KINDS, createPaymentIntentSchema, type CreatePaymentIntentInput } from "@/lib/schemas/payments";
import { createPaymentIntent } from "../../actions";
import { MethodFields } from "../../_components/method-fields";
import { browserInfo, EMPTY_CARD, formFieldErrors, type MethodFormValues, SEED_TEST_CARD, usePaymentErrors } from "../../_components/payment-form-kit";
import { useFollowNextAction } from "../../_components/use-follow-next-action";

type Values = Omit<CreatePaymentIntentInput, "card" | "payment_code" | "browser_info"> & MethodFormValues;

/** Creates an intent, paying at once (card, wallet) or later ("none": confirm on the payment page). */
export function CreatePaymentForm({ returnUrl, testCard }: { returnUrl: string; testCard: boolean }) {
  const t = useTranslations("payments");
  const tr = usePaymentErrors();
  const router = useRouter();
  const follow = useFollowNextAction();
  const { operationId, settle } = useOperationId();
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const form = useForm<Values>({
    resolver: zodResolver(createPaymentIntentSchema) as unknown as Resolver<Values>,
    defaultValues: {
      operationId,
      amount: "",
      currency: "SGD",
      merchant_order_id: "",
      description: "",
      return_url: returnUrl,
      metadata: "",
      method: "card",
      card: testCard ? SEED_TEST_CARD : EMPTY_CARD,
      payment_code: "",
    },
  });
  const errors = form.formState.errors;

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    const threeDs = values.method === "card" && values.card.three_ds_action === "enforce_3ds";
    const result = await createPaymentIntent({ ...values, operationId, browser_info: threeDs ? browserInfo() : undefined });
    settle(result);
    if (!result.ok) {
      applyFieldErrors(formFieldErrors(result), form.setError);
      return setFailure(result);
    }
    if (follow(result.data.intent)) return;
    if (result.data.target) router.push(`/payments/${result.data.target}`);
  });

  const field = (name: "amount" | "currency" | "merchant_order_id" | "description" | "return_url", label: string, props: React.ComponentProps<"input"> = {}) => (
    <FormField id={`pi-${name}`} label={label} error={tr(errors[name]?.message)} required={name !== "return_url"}>
      <Input autoComplete="off" {...props} {...describedBy(`pi-${name}`, errors[name]?.message)} {...form.register(name)} />
    </FormField>
  );

  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate aria-label={t("new.title")} className="grid max-w-4xl gap-6">
        <ErrorGuidance failure={failure} />
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
              <FormField id="pi-metadata" label={t("fields.metadata")} error={tr(errors.metadata?.message)} hint={t("new.metadataHint")}>
                <textarea
                  rows={3}
                  className="w-full rounded-md border bg-background px-3 py-2 font-mono text-sm"
                  placeholder='{"channel": "console"}'
                  {...describedBy("pi-metadata", errors.metadata?.message, true)}
                  {...form.register("metadata")}
                />
              </FormField>
            </div>
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>{t("new.payment")}</CardTitle>
          </CardHeader>
          <CardContent>
            <MethodFields idPrefix="pi" kinds={CREATE_METHOD_KINDS} />
          </CardContent>
        </Card>
        <div className="flex justify-end">
          <Button type="submit" disabled={form.formState.isSubmitting}>
            {form.formState.isSubmitting ? t("new.submitting") : t("new.submit")}
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}
