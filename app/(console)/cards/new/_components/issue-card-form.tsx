"use client";

import { useTranslations } from "next-intl";
import { useEffect, useMemo, useRef, useState } from "react";
import { FormProvider, useForm, useWatch } from "react-hook-form";
import { ErrorGuidance } from "@/components/error-guidance";
import { RequiredFieldsFieldset } from "@/components/required-fields-form";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { ActionFailure } from "@/lib/actions/result";
import { useOperationId } from "@/lib/actions/use-operation-id";
import type { IssueResult } from "@/lib/cards/issue";
import type { CardholderOption, IssueProduct } from "@/lib/data/card-issuing";
import { buildRequiredFields, emptyValues } from "@/lib/required-fields";
import type { IssueCardInput } from "@/lib/schemas/cards";
import { ControlsFields } from "../../_components/controls-fields";
import { issueCard } from "../../actions";
import { CardOptionsFields } from "./card-options-fields";
import { CardholderPicker } from "./cardholder-picker";
import { IssueResultPanel } from "./issue-result";
import { formPathOf, issueResolver } from "./issue-resolver";

// Two-step: UQPAY names the product fields the chosen cardholder still lacks; the form asks for them.
const SUPPLEMENT_CODES = new Set(["kyc_insufficient", "supplement_fields_incomplete"]);

const DEFAULTS = {
  card_limit: "",
  name_on_card: "",
  spending_controls: [{ amount: "", interval: "PER_TRANSACTION" as const }],
  risk_controls: { allow_3ds_transactions: "Y" as const, mcc_mode: "none" as const, mcc_list: "" },
  metadata: [],
  usage_type: "NORMAL" as const,
  auto_cancel_trigger: "" as const,
  expiry_date: "",
};

/**
 * Issue a card. Two-step: pick an existing cardholder. One-step: the product's required_fields
 * become the cardholder form, and UQPAY creates the cardholder and the card in one call (seed 001).
 */
export function IssueCardForm({ products, initialCardholder }: { products: IssueProduct[]; initialCardholder: CardholderOption | null }) {
  const t = useTranslations("cards");
  const { operationId, settle } = useOperationId();
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [result, setResult] = useState<IssueResult | null>(null);
  // Two-step kyc_insufficient: the product fields UQPAY says this cardholder still lacks.
  const [supplement, setSupplement] = useState<string[]>([]);
  const supplementRef = useRef(supplement);
  useEffect(() => {
    supplementRef.current = supplement;
  }, [supplement]);
  const firstProduct = products[0] ?? null;

  const form = useForm<IssueCardInput>({
    // The resolver reads the product at validation time, so a product change needs no new form.
    resolver: (values, context, options) => {
      const chosen = products.find((p) => p.productId === values.card_product_id);
      // Two-step checks only the fields UQPAY asked to supplement; one-step checks them all.
      const specs = values.mode === "one_step" ? chosen?.requiredFields : chosen?.requiredFields.filter((f) => supplementRef.current.includes(f.name));
      return issueResolver(specs?.length ? buildRequiredFields(specs).schema : null)(values, context, options);
    },
    defaultValues: {
      operationId,
      mode: "two_step",
      cardholder_id: initialCardholder?.id ?? "",
      card_product_id: firstProduct?.productId ?? "",
      card_currency: firstProduct?.currencies[0] ?? "",
      cardholder_required_fields: firstProduct ? emptyValues(buildRequiredFields(firstProduct.requiredFields).descriptors) : {},
      ...DEFAULTS,
    },
  });
  const mode = useWatch({ control: form.control, name: "mode" });
  const productId = useWatch({ control: form.control, name: "card_product_id" });
  const currency = useWatch({ control: form.control, name: "card_currency" });
  const product = products.find((p) => p.productId === productId) ?? null;
  const model = useMemo(() => (product ? buildRequiredFields(product.requiredFields) : null), [product]);
  useEffect(() => form.setValue("operationId", operationId), [operationId, form]);
  const onProductChange = (next: IssueProduct | null) => {
    setSupplement([]);
    form.setValue("card_currency", next?.currencies[0] ?? "");
    form.setValue("cardholder_required_fields", next ? emptyValues(buildRequiredFields(next.requiredFields).descriptors) : {});
  };

  const supplementDescriptors = model?.descriptors.filter((d) => supplement.includes(d.name)) ?? [];
  const onSubmit = form.handleSubmit(async () => {
    setFailure(null);
    const outcome = await issueCard(form.getValues());
    settle(outcome);
    if (outcome.ok) {
      setResult(outcome.data);
      return;
    }
    setFailure(outcome);
    const fields = Object.entries(outcome.fieldErrors ?? {});
    if (mode === "two_step" && SUPPLEMENT_CODES.has(outcome.code)) {
      setSupplement((known) => [...new Set([...known, ...fields.map(([f]) => f.split(".")[0])])]);
    }
    for (const [field, messages] of fields) form.setError(formPathOf(field) as never, { type: "server", message: messages[0] });
  });

  if (products.length === 0) return <p className="text-sm text-muted-foreground">{t("issue.noProducts")}</p>;
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate aria-label={t("issue.title")} className="grid max-w-3xl gap-6">
        <Card>
          <CardHeader>
            <CardTitle>{t("issue.cardholder")}</CardTitle>
          </CardHeader>
          <CardContent className="grid gap-4">
            <fieldset className="flex flex-wrap gap-4 text-sm">
              <legend className="sr-only">{t("issue.modeLegend")}</legend>
              {(["two_step", "one_step"] as const).map((m) => (
                <label key={m} className="flex items-center gap-2">
                  <input type="radio" value={m} {...form.register("mode")} />
                  {t(`issue.modes.${m}`)}
                </label>
              ))}
            </fieldset>
            {mode === "two_step" ? (
              <CardholderPicker initial={initialCardholder} />
            ) : model ? (
              <RequiredFieldsFieldset descriptors={model.descriptors} prefix="cardholder_required_fields" idPrefix="holder" />
            ) : null}
            {mode === "two_step" && supplementDescriptors.length > 0 ? (
              <div className="grid gap-2">
                <p className="text-sm">{t("issue.supplement")}</p>
                <RequiredFieldsFieldset descriptors={supplementDescriptors} prefix="cardholder_required_fields" idPrefix="supplement" />
              </div>
            ) : null}
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>{t("issue.card")}</CardTitle>
          </CardHeader>
          <CardContent className="grid gap-4">
            <CardOptionsFields products={products} product={product} onProductChange={onProductChange} />
            <ControlsFields form={form} idPrefix="issue" currency={currency} showLimit />
          </CardContent>
        </Card>
        <ErrorGuidance failure={failure} />
        {result ? <IssueResultPanel result={result} /> : null}
        <Button type="submit" className="justify-self-start" disabled={form.formState.isSubmitting}>
          {t("issue.submit")}
        </Button>
      </form>
    </FormProvider>
  );
}
