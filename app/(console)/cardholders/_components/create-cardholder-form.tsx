"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { toast } from "@/lib/toast";
import { ErrorGuidance } from "@/components/error-guidance";
import { RequiredFieldsFieldset } from "@/components/required-fields-form";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { applyFieldErrors } from "@/lib/actions/apply-field-errors";
import type { ActionFailure } from "@/lib/actions/result";
import { useOperationId } from "@/lib/actions/use-operation-id";
import { emptyValues, type FieldValues } from "@/lib/required-fields";
import { cardholderCreateDescriptors, cardholderFieldsSchema, type CardholderCreateFields } from "@/lib/schemas/cardholders";
import { createCardholder } from "../actions";

const REQUIRED = cardholderCreateDescriptors.filter((d) => d.required);
const OPTIONAL = cardholderCreateDescriptors.filter((d) => !d.required);

/** Create Cardholder: the required fields first, every optional KYC field UQPAY accepts below. */
export function CreateCardholderForm() {
  const t = useTranslations("cardholders");
  const router = useRouter();
  const { operationId, settle } = useOperationId();
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const form = useForm<FieldValues>({ resolver: zodResolver(cardholderFieldsSchema), defaultValues: emptyValues(cardholderCreateDescriptors) });

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    const fields = values as CardholderCreateFields;
    const result = await createCardholder({ operationId, ...fields });
    settle(result);
    if (result.ok) {
      toast.success(t(result.data.replayed ? "create.alreadyCreated" : "create.created", { name: `${fields.first_name} ${fields.last_name}` }));
      router.push(`/cardholders/${result.data.cardholderId}`);
      return;
    }
    applyFieldErrors(result, form.setError);
    setFailure(result);
  });

  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate aria-label={t("create.formLabel")} className="grid max-w-4xl gap-6">
        <Card>
          <CardHeader>
            <CardTitle>{t("create.required")}</CardTitle>
            <CardDescription>{t("create.requiredDescription")}</CardDescription>
          </CardHeader>
          <CardContent>
            <RequiredFieldsFieldset descriptors={REQUIRED} idPrefix="cardholder" />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>{t("create.kyc")}</CardTitle>
            <CardDescription>{t("create.kycDescription")}</CardDescription>
          </CardHeader>
          <CardContent>
            <RequiredFieldsFieldset descriptors={OPTIONAL} idPrefix="cardholder" />
          </CardContent>
        </Card>
        <ErrorGuidance failure={failure} />
        <div className="flex justify-end">
          <Button type="submit" disabled={form.formState.isSubmitting}>
            {t("create.submit")}
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}
