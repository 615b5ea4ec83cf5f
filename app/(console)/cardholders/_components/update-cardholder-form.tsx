"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent, type ReactNode } from "react";
import { toast } from "@/lib/toast";
import { FailureNotice } from "@/components/failure-notice";
import { Field } from "@/components/plain-field";
import { RequiredFieldsStateFieldset } from "@/components/required-fields-fieldset";
import { useRequiredFieldsState } from "@/components/required-fields-state";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import type { ActionFailure } from "@/lib/actions/result";
import { useOperationId } from "@/lib/actions/use-operation-id";
import { translator, type IslandText } from "@/lib/i18n/fill";
import type { CardholderView } from "@/lib/data/cardholders";
import { changedValues, emptyValues, flatValues } from "@/lib/required-fields/values";
import type { FieldDescriptor } from "@/lib/required-fields/types";
import type { CardholderUpdateFields } from "@/lib/schemas/cardholders";
import { updateCardholder } from "../actions";

// zod and the rules arrive with the first focus or submit, not with the page (issue #11).
const loadSchema = () => import("@/lib/schemas/cardholders").then((m) => m.cardholderUpdateFieldsSchema);

function initialValues(c: CardholderView, descriptors: FieldDescriptor[]) {
  const empty = emptyValues(descriptors);
  return flatValues({
    ...empty,
    email: c.email ?? "",
    country_code: c.countryCode ?? "",
    phone_number: c.phoneNumber ?? "",
    date_of_birth: c.dateOfBirth ?? "",
    gender: c.gender ?? "",
    nationality: c.nationality ?? "",
    residential_address: { ...(empty.residential_address as Record<string, unknown>), ...c.residentialAddress },
  });
}

/** The page hands over the descriptors, the country <option>s it rendered and its words (`text`). */
export function UpdateCardholderForm({ cardholder, descriptors, countries, text }: { cardholder: CardholderView; descriptors: FieldDescriptor[]; countries: ReactNode; text: IslandText }) {
  const t = translator(text, "cardholders.");
  const tf = translator(text, "requiredFields.labels.");
  const words = translator(text);
  const router = useRouter();
  const { operationId, settle } = useOperationId();
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [pending, setPending] = useState(false);
  const [initial] = useState(() => initialValues(cardholder, descriptors));
  const state = useRequiredFieldsState(initial, loadSchema, "cardholder");

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    setPending(true);
    try {
      const values = await state.validate();
      if (!values) return;
      // Only what changed goes to UQPAY: resending unchanged KYC fields would restart a review.
      const changes = changedValues(values, (await state.parseQuietly(initial)) ?? {}) as CardholderUpdateFields;
      if (Object.keys(changes).length === 0) return void toast.info(t("edit.nothingChanged"));
      const result = await updateCardholder({ operationId, cardholderId: cardholder.id, ...changes });
      settle(result);
      if (result.ok) {
        toast.success(t("edit.updated"));
        router.push(`/cardholders/${cardholder.id}`);
        router.refresh();
        return;
      }
      state.showFailure(result);
      setFailure(result);
    } finally {
      setPending(false);
    }
  };

  return (
    <form onSubmit={onSubmit} onFocus={() => void loadSchema()} noValidate aria-label={t("edit.formLabel")} className="grid max-w-4xl gap-6">
      <Card>
        <CardHeader>
          <CardTitle>{t("create.required")}</CardTitle>
          <CardDescription>{t("edit.namesLocked")}</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-4">
          <div className="grid gap-4 sm:grid-cols-2">
            <Field id="cardholder-first_name" label={tf("first_name")}>
              <Input id="cardholder-first_name" value={cardholder.firstName ?? ""} readOnly aria-readonly disabled />
            </Field>
            <Field id="cardholder-last_name" label={tf("last_name")}>
              <Input id="cardholder-last_name" value={cardholder.lastName ?? ""} readOnly aria-readonly disabled />
            </Field>
          </div>
          <RequiredFieldsStateFieldset descriptors={descriptors} state={state} countries={countries} t={words} />
        </CardContent>
      </Card>
      <FailureNotice failure={failure} text={text} />
      <div className="flex justify-end">
        <Button type="submit" disabled={pending}>
          {t("edit.submit")}
        </Button>
      </div>
    </form>
  );
}
