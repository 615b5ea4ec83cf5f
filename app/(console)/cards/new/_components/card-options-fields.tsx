"use client";

import { describedBy, Field } from "@/components/plain-field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import type { useFormValues } from "@/lib/actions/use-form-values";
import type { Translate } from "@/lib/i18n/fill";
import { cardError } from "../../_components/card-error";
import type { CardValues, IssueFormProduct } from "./issue-card-form";

type IssueForm = ReturnType<typeof useFormValues<CardValues>>;

export type Option = { value: string; label: string };

type Props = {
  form: IssueForm;
  products: IssueFormProduct[];
  product: IssueFormProduct;
  onProductChange: (productId: string) => void;
  usageTypes: Option[];
  autoCancelTriggers: Option[];
  t: Translate;
};

/** Product (enabled only), its currencies, name on card, usage type and expiry. */
export function CardOptionsFields({ form, products, product, onProductChange, usageTypes, autoCancelTriggers, t }: Props) {
  const { values } = form;
  const err = (name: keyof CardValues) => cardError(t, form.check.errors[name]);
  const bind = (name: keyof CardValues) => ({ value: values[name] as string, onChange: (e: { target: { value: string } }) => form.set(name, e.target.value) });

  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <Field id="issue-product" label={t("cards.fields.product")} error={err("card_product_id")} hint={t("cards.issue.productHint", { kyc: product.kycLevel ?? "—", forms: product.forms.join(", ") })}>
        <NativeSelect {...describedBy("issue-product", err("card_product_id"), true)} value={values.card_product_id} onChange={(e) => onProductChange(e.target.value)}>
          {products.map((p) => (
            <option key={p.productId} value={p.productId}>
              {p.label}
              {p.simulator ? ` (${t("cards.issue.simulatorCapable")})` : ""}
            </option>
          ))}
        </NativeSelect>
      </Field>
      <Field id="issue-currency" label={t("cards.fields.currency")} error={err("card_currency")}>
        <NativeSelect {...describedBy("issue-currency", err("card_currency"))} {...bind("card_currency")}>
          {product.currencies.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </NativeSelect>
      </Field>
      <Field id="issue-name" label={t("cards.fields.nameOnCard")} error={err("name_on_card")} hint={t("cards.hints.nameOnCard")}>
        <Input maxLength={26} autoComplete="off" {...describedBy("issue-name", err("name_on_card"), true)} {...bind("name_on_card")} />
      </Field>
      <Field id="issue-expiry" label={t("cards.fields.expiry")} error={err("expiry_date")} hint={t("cards.hints.expiry")}>
        <Input type="date" {...describedBy("issue-expiry", err("expiry_date"), true)} {...bind("expiry_date")} />
      </Field>
      <Field id="issue-usage" label={t("cards.fields.usageType")}>
        <NativeSelect id="issue-usage" {...bind("usage_type")}>
          {usageTypes.map((u) => (
            <option key={u.value} value={u.value}>
              {u.label}
            </option>
          ))}
        </NativeSelect>
      </Field>
      {values.usage_type === "ONE_TIME" ? (
        <Field id="issue-auto-cancel" label={t("cards.fields.autoCancel")} error={err("auto_cancel_trigger")}>
          <NativeSelect {...describedBy("issue-auto-cancel", err("auto_cancel_trigger"))} {...bind("auto_cancel_trigger")}>
            <option value="">{t("cards.issue.choose")}</option>
            {autoCancelTriggers.map((a) => (
              <option key={a.value} value={a.value}>
                {a.label}
              </option>
            ))}
          </NativeSelect>
        </Field>
      ) : null}
    </div>
  );
}
