"use client";

import { useTranslations } from "next-intl";
import { useFormContext, useWatch } from "react-hook-form";
import { describedBy, FormField } from "@/components/form-field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import type { IssueProduct } from "@/lib/data/card-issuing";
import { AUTO_CANCEL_TRIGGERS, USAGE_TYPES, type IssueCardInput } from "@/lib/schemas/cards";
import { useCardErrors } from "../../_components/use-card-errors";

/** Product (enabled only), its currencies, name on card, usage type and expiry. */
export function CardOptionsFields({
  products,
  product,
  onProductChange,
}: {
  products: IssueProduct[];
  product: IssueProduct | null;
  onProductChange: (product: IssueProduct | null) => void;
}) {
  const t = useTranslations("cards");
  const tr = useCardErrors();
  const form = useFormContext<IssueCardInput>();
  const usage = useWatch({ control: form.control, name: "usage_type" });
  const errors = form.formState.errors;
  const err = (name: "card_product_id" | "card_currency" | "name_on_card" | "auto_cancel_trigger" | "expiry_date") => tr(errors[name]?.message);

  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <FormField id="issue-product" label={t("fields.product")} error={err("card_product_id")} hint={product ? t("issue.productHint", { kyc: product.kycLevel ?? "—", forms: product.forms.join(", ") }) : undefined}>
        <NativeSelect {...describedBy("issue-product", err("card_product_id"), true)} {...form.register("card_product_id", { onChange: (e) => onProductChange(products.find((p) => p.productId === e.target.value) ?? null) })}>
          {products.map((p) => (
            <option key={p.productId} value={p.productId}>
              {p.label}
              {p.simulator ? ` (${t("issue.simulatorCapable")})` : ""}
            </option>
          ))}
        </NativeSelect>
      </FormField>
      <FormField id="issue-currency" label={t("fields.currency")} error={err("card_currency")}>
        <NativeSelect {...describedBy("issue-currency", err("card_currency"))} {...form.register("card_currency")}>
          {(product?.currencies ?? []).map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </NativeSelect>
      </FormField>
      <FormField id="issue-name" label={t("fields.nameOnCard")} error={err("name_on_card")} hint={t("hints.nameOnCard")}>
        <Input maxLength={26} autoComplete="off" {...describedBy("issue-name", err("name_on_card"), true)} {...form.register("name_on_card")} />
      </FormField>
      <FormField id="issue-expiry" label={t("fields.expiry")} error={err("expiry_date")} hint={t("hints.expiry")}>
        <Input type="date" {...describedBy("issue-expiry", err("expiry_date"), true)} {...form.register("expiry_date")} />
      </FormField>
      <FormField id="issue-usage" label={t("fields.usageType")}>
        <NativeSelect id="issue-usage" {...form.register("usage_type")}>
          {USAGE_TYPES.map((u) => (
            <option key={u} value={u}>
              {t(`usage.${u}`)}
            </option>
          ))}
        </NativeSelect>
      </FormField>
      {usage === "ONE_TIME" ? (
        <FormField id="issue-auto-cancel" label={t("fields.autoCancel")} error={err("auto_cancel_trigger")}>
          <NativeSelect {...describedBy("issue-auto-cancel", err("auto_cancel_trigger"))} {...form.register("auto_cancel_trigger")}>
            <option value="">{t("issue.choose")}</option>
            {AUTO_CANCEL_TRIGGERS.map((a) => (
              <option key={a} value={a}>
                {t(`autoCancel.${a}`)}
              </option>
            ))}
          </NativeSelect>
        </FormField>
      ) : null}
    </div>
  );
}
