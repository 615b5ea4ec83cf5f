"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { toast } from "@/lib/toast";
import { ErrorGuidance } from "@/components/error-guidance";
import { FormField } from "@/components/form-field";
import { RequiredFieldsFieldset } from "@/components/required-fields-form";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { applyFieldErrors } from "@/lib/actions/apply-field-errors";
import type { ActionFailure } from "@/lib/actions/result";
import { useOperationId } from "@/lib/actions/use-operation-id";
import type { CardholderView } from "@/lib/data/cardholders";
import { changedValues, emptyValues, type FieldValues } from "@/lib/required-fields";
import { cardholderUpdateDescriptors, cardholderUpdateFieldsSchema, type CardholderUpdateFields } from "@/lib/schemas/cardholders";
import { updateCardholder } from "../actions";

function initialValues(c: CardholderView): FieldValues {
  const empty = emptyValues(cardholderUpdateDescriptors);
  return {
    ...empty,
    email: c.email ?? "",
    country_code: c.countryCode ?? "",
    phone_number: c.phoneNumber ?? "",
    date_of_birth: c.dateOfBirth ?? "",
    gender: c.gender ?? "",
    nationality: c.nationality ?? "",
    residential_address: { ...(empty.residential_address as FieldValues), ...c.residentialAddress },
  };
}

/** Only what changed goes to UQPAY: resending unchanged KYC fields would restart a review. */
function changedFields(values: FieldValues, initial: FieldValues): CardholderUpdateFields {
  return changedValues(values, cardholderUpdateFieldsSchema.safeParse(initial).data ?? {}) as CardholderUpdateFields;
}

export function UpdateCardholderForm({ cardholder }: { cardholder: CardholderView }) {
  const t = useTranslations("cardholders");
  const tf = useTranslations("requiredFields.labels");
  const router = useRouter();
  const { operationId, settle } = useOperationId();
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const initial = useMemo(() => initialValues(cardholder), [cardholder]);
  const form = useForm<FieldValues>({ resolver: zodResolver(cardholderUpdateFieldsSchema), defaultValues: initial });

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    const changes = changedFields(values, initial);
    if (Object.keys(changes).length === 0) return void toast.info(t("edit.nothingChanged"));
    const result = await updateCardholder({ operationId, cardholderId: cardholder.id, ...changes });
    settle(result);
    if (result.ok) {
      toast.success(t("edit.updated"));
      router.push(`/cardholders/${cardholder.id}`);
      router.refresh();
      return;
    }
    applyFieldErrors(result, form.setError);
    setFailure(result);
  });

  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate aria-label={t("edit.formLabel")} className="grid max-w-4xl gap-6">
        <Card>
          <CardHeader>
            <CardTitle>{t("create.required")}</CardTitle>
            <CardDescription>{t("edit.namesLocked")}</CardDescription>
          </CardHeader>
          <CardContent className="grid gap-4">
            <div className="grid gap-4 sm:grid-cols-2">
              <FormField id="cardholder-first_name" label={tf("first_name")}>
                <Input id="cardholder-first_name" value={cardholder.firstName ?? ""} readOnly aria-readonly disabled />
              </FormField>
              <FormField id="cardholder-last_name" label={tf("last_name")}>
                <Input id="cardholder-last_name" value={cardholder.lastName ?? ""} readOnly aria-readonly disabled />
              </FormField>
            </div>
            <RequiredFieldsFieldset descriptors={cardholderUpdateDescriptors} idPrefix="cardholder" />
          </CardContent>
        </Card>
        <ErrorGuidance failure={failure} />
        <div className="flex justify-end">
          <Button type="submit" disabled={form.formState.isSubmitting}>
            {t("edit.submit")}
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}
