"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent, type ReactNode } from "react";
import { toast } from "@/lib/toast";
import { FailureNotice } from "@/components/failure-notice";
import { RequiredFieldsStateFieldset } from "@/components/required-fields-fieldset";
import { useRequiredFieldsState } from "@/components/required-fields-state";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { ActionFailure } from "@/lib/actions/result";
import { useOperationId } from "@/lib/actions/use-operation-id";
import { translator, type IslandText } from "@/lib/i18n/fill";
import { emptyValues, flatValues } from "@/lib/required-fields/values";
import type { FieldDescriptor } from "@/lib/required-fields/types";
import type { CardholderCreateFields } from "@/lib/schemas/cardholders";
import { createCardholder } from "../actions";

// zod and the rules arrive with the first focus or submit, not with the page (issue #11).
const loadSchema = () => import("@/lib/schemas/cardholders").then((m) => m.cardholderFieldsSchema);

/**
 * Create Cardholder: the required fields first, every optional KYC field UQPAY accepts below.
 * The page hands over the descriptors, the country <option>s it rendered and its words (`text`).
 */
export function CreateCardholderForm({ descriptors, countries, text }: { descriptors: FieldDescriptor[]; countries: ReactNode; text: IslandText }) {
  const t = translator(text, "cardholders.");
  const words = translator(text);
  const router = useRouter();
  const { operationId, settle } = useOperationId();
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [pending, setPending] = useState(false);
  const [initial] = useState(() => flatValues(emptyValues(descriptors)));
  const state = useRequiredFieldsState(initial, loadSchema, "cardholder");

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    setPending(true);
    try {
      const fields = (await state.validate()) as CardholderCreateFields | null;
      if (!fields) return;
      const result = await createCardholder({ operationId, ...fields });
      settle(result);
      if (result.ok) {
        toast.success(t(result.data.replayed ? "create.alreadyCreated" : "create.created", { name: `${fields.first_name} ${fields.last_name}` }));
        router.push(`/cardholders/${result.data.cardholderId}`);
        return;
      }
      state.showFailure(result);
      setFailure(result);
    } finally {
      setPending(false);
    }
  };

  return (
    <form onSubmit={onSubmit} onFocus={() => void loadSchema()} noValidate aria-label={t("create.formLabel")} className="grid max-w-4xl gap-6">
      <Card>
        <CardHeader>
          <CardTitle>{t("create.required")}</CardTitle>
          <CardDescription>{t("create.requiredDescription")}</CardDescription>
        </CardHeader>
        <CardContent>
          <RequiredFieldsStateFieldset descriptors={descriptors.filter((d) => d.required)} state={state} countries={countries} t={words} />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{t("create.kyc")}</CardTitle>
          <CardDescription>{t("create.kycDescription")}</CardDescription>
        </CardHeader>
        <CardContent>
          <RequiredFieldsStateFieldset descriptors={descriptors.filter((d) => !d.required)} state={state} countries={countries} t={words} />
        </CardContent>
      </Card>
      <FailureNotice failure={failure} text={text} />
      <div className="flex justify-end">
        <Button type="submit" disabled={pending}>
          {t("create.submit")}
        </Button>
      </div>
    </form>
  );
}
