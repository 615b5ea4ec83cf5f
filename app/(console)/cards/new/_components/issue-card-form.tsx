"use client";

import { lazy, Suspense, useRef, useState, type FormEvent, type ReactNode } from "react";
import { FailureNotice } from "@/components/failure-notice";
import { useRequiredFieldsState } from "@/components/required-fields-state";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { ActionFailure } from "@/lib/actions/result";
import { useFormValues } from "@/lib/actions/use-form-values";
import { useOperationId } from "@/lib/actions/use-operation-id";
import type { IssueResult } from "@/lib/cards/issue";
import type { CardholderOption, IssueProduct } from "@/lib/data/card-issuing";
import { translator, type IslandText } from "@/lib/i18n/fill";
import { emptyValues, flatValues } from "@/lib/required-fields/values";
import type { FieldDescriptor } from "@/lib/required-fields/types";
import type { IssueCardInput } from "@/lib/schemas/cards";
import { issueCard } from "../../actions";
import { CardOptionsFields, type Option } from "./card-options-fields";
import { CardholderPicker } from "./cardholder-picker";
import { ControlsFields, controlsFieldId } from "../../_components/controls-fields";
import { splitFieldErrors } from "./issue-fields";
import { IssueResultPanel } from "./issue-result";

// Two-step: UQPAY names the product fields the chosen cardholder still lacks; the form asks for them.
const SUPPLEMENT_CODES = new Set(["kyc_insufficient", "supplement_fields_incomplete"]);

// zod and the schemas arrive with the form's first focus or submit, not with the page (issue #11).
const loadCardSchema = () => import("@/lib/schemas/cards").then((m) => m.issueCardSchema);
// The cardholder fields (one-step, or a two-step supplement) load when first shown: most issues pick an existing cardholder.
const loadFieldset = () => import("@/components/required-fields-fieldset");
const RequiredFieldsStateFieldset = lazy(() => loadFieldset().then((m) => ({ default: m.RequiredFieldsStateFieldset })));
const loadHolderSchema = (descriptors: FieldDescriptor[]) => import("@/lib/required-fields/schema").then((m) => m.schemaFor(descriptors));

export type IssueFormProduct = Omit<IssueProduct, "requiredFields"> & { descriptors: FieldDescriptor[] };
export type CardValues = Required<Omit<IssueCardInput, "cardholder_required_fields">>;

const cardFieldId = (path: string) =>
  ({ card_product_id: "issue-product", card_currency: "issue-currency", name_on_card: "issue-name", expiry_date: "issue-expiry", auto_cancel_trigger: "issue-auto-cancel", cardholder_id: "cardholder-search" })[path] ??
  controlsFieldId("issue", path);

type Props = {
  products: IssueFormProduct[];
  initialCardholder: CardholderOption | null;
  /** The issue schema's keys: an action's field errors on other names belong to the cardholder. */
  cardFields: string[];
  usageTypes: Option[];
  autoCancelTriggers: Option[];
  countries: ReactNode;
  icons: { add: ReactNode; remove: ReactNode };
  /** The page's island text (cards.*, requiredFields.*, validation.*, guidance.*). */
  text: IslandText;
};

/**
 * Issue a card. Two-step: pick an existing cardholder. One-step: the product's required_fields
 * become the cardholder form, and UQPAY creates the cardholder and the card in one call (seed 001).
 * Values live in React state; the schemas load on first focus or submit (issue #11).
 */
export function IssueCardForm({ products, initialCardholder, cardFields, usageTypes, autoCancelTriggers, countries, icons, text }: Props) {
  const words = translator(text);
  const t = translator(text, "cards.");
  const { operationId, settle } = useOperationId();
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [result, setResult] = useState<IssueResult | null>(null);
  const [pending, setPending] = useState(false);
  // A double click submits once: the second click lands before the button is disabled.
  const busy = useRef(false);
  // Two-step kyc_insufficient: the product fields UQPAY says this cardholder still lacks.
  const [supplement, setSupplement] = useState<string[]>([]);
  const first = products[0];
  const form = useFormValues<CardValues>(
    () => ({
      operationId,
      mode: "two_step",
      cardholder_id: initialCardholder?.id ?? "",
      card_product_id: first.productId,
      card_currency: first.currencies[0] ?? "",
      card_limit: "",
      name_on_card: "",
      spending_controls: [{ amount: "", interval: "PER_TRANSACTION" }],
      risk_controls: { allow_3ds_transactions: "Y", mcc_mode: "none", mcc_list: "" },
      metadata: [],
      usage_type: "NORMAL",
      auto_cancel_trigger: "",
      expiry_date: "",
    }),
    loadCardSchema,
    cardFieldId,
  );
  const { mode } = form.values;
  const product = products.find((p) => p.productId === form.values.card_product_id) ?? first;
  const supplementDescriptors = product.descriptors.filter((d) => supplement.includes(d.name));
  // One-step checks every cardholder field; two-step only those UQPAY asked to supplement.
  const holderDescriptors = mode === "one_step" ? product.descriptors : supplementDescriptors;
  const holder = useRequiredFieldsState(
    flatValues(emptyValues(first.descriptors)),
    () => loadHolderSchema(holderDescriptors),
    mode === "one_step" ? "holder" : "supplement",
  );
  const preload = () => void Promise.all([loadCardSchema(), loadHolderSchema(holderDescriptors)]);

  const onProductChange = (productId: string) => {
    const next = products.find((p) => p.productId === productId) ?? first;
    setSupplement([]);
    form.update((v) => ({ ...v, card_product_id: productId, card_currency: next.currencies[0] ?? "" }));
    holder.reset(flatValues(emptyValues(next.descriptors)));
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy.current) return;
    busy.current = true;
    setFailure(null);
    setPending(true);
    try {
      const card = await form.check.validate({ ...form.current(), operationId });
      const fields = holderDescriptors.length > 0 ? await holder.validate() : {};
      if (!card || !fields) return;
      const outcome = await issueCard({ ...form.current(), operationId, cardholder_required_fields: fields });
      settle(outcome);
      if (outcome.ok) return void setResult(outcome.data);
      setFailure(outcome);
      if (mode === "two_step" && SUPPLEMENT_CODES.has(outcome.code)) {
        setSupplement((known) => [...new Set([...known, ...Object.keys(outcome.fieldErrors ?? {}).map((f) => f.split(".")[0])])]);
      }
      const split = splitFieldErrors(outcome, new Set(cardFields));
      form.check.showFailure(split.card, true);
      holder.showFailure(split.holder);
    } finally {
      busy.current = false;
      setPending(false);
    }
  };

  return (
    <form onSubmit={onSubmit} onFocus={preload} noValidate aria-label={t("issue.title")} className="grid max-w-3xl gap-6">
      <Card>
        <CardHeader>
          <CardTitle>{t("issue.cardholder")}</CardTitle>
        </CardHeader>
        <CardContent className="grid gap-4">
          <fieldset className="flex flex-wrap gap-4 text-sm">
            <legend className="sr-only">{t("issue.modeLegend")}</legend>
            {(["two_step", "one_step"] as const).map((m) => (
              <label key={m} className="flex items-center gap-2">
                <input type="radio" name="mode" value={m} checked={mode === m} onChange={() => form.set("mode", m)} onFocus={m === "one_step" ? loadFieldset : undefined} />
                {t(`issue.modes.${m}`)}
              </label>
            ))}
          </fieldset>
          {mode === "two_step" ? (
            <CardholderPicker initial={initialCardholder} chosenId={form.values.cardholder_id} onPick={(id) => form.set("cardholder_id", id)} error={form.check.errors.cardholder_id} t={words} />
          ) : (
            <Suspense fallback={null}>
              <RequiredFieldsStateFieldset descriptors={product.descriptors} state={holder} countries={countries} t={words} />
            </Suspense>
          )}
          {mode === "two_step" && supplementDescriptors.length > 0 ? (
            <div className="grid gap-2">
              <p className="text-sm">{t("issue.supplement")}</p>
              <Suspense fallback={null}>
                <RequiredFieldsStateFieldset descriptors={supplementDescriptors} state={holder} countries={countries} t={words} />
              </Suspense>
            </div>
          ) : null}
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{t("issue.card")}</CardTitle>
        </CardHeader>
        <CardContent className="grid gap-4">
          <CardOptionsFields form={form} products={products} product={product} onProductChange={onProductChange} usageTypes={usageTypes} autoCancelTriggers={autoCancelTriggers} t={words} />
          <ControlsFields form={form} idPrefix="issue" currency={form.values.card_currency} icons={icons} t={words} />
        </CardContent>
      </Card>
      <FailureNotice failure={failure} text={text} />
      {result ? <IssueResultPanel result={result} t={words} /> : null}
      <Button type="submit" className="justify-self-start" disabled={pending}>
        {t("issue.submit")}
      </Button>
    </form>
  );
}
