"use client";

import { useTranslations } from "next-intl";
import { useFormContext, useWatch, type FieldError } from "react-hook-form";
import { describedBy, FormField } from "@/components/form-field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { CARD_NETWORKS } from "@/lib/schemas/payments";
import { type MethodFormValues, usePaymentErrors } from "./payment-form-kit";

type Path = Parameters<ReturnType<typeof useFormContext<MethodFormValues>>["register"]>[0];

/** Card (seed 003's fields) or a wallet; shown beneath the method picker of the create and confirm forms. */
export function MethodFields({ idPrefix, kinds }: { idPrefix: string; kinds: readonly string[] }) {
  const t = useTranslations("payments");
  const tr = usePaymentErrors();
  const form = useFormContext<MethodFormValues>();
  const method = useWatch({ control: form.control, name: "method" });
  const errorAt = (path: string) => {
    let node: unknown = form.formState.errors;
    for (const part of path.split(".")) node = (node as Record<string, unknown> | undefined)?.[part];
    return tr((node as FieldError | undefined)?.message);
  };
  const text = (path: Path, label: string, props: React.ComponentProps<"input"> = {}) => {
    const id = `${idPrefix}-${path.replaceAll(".", "-")}`;
    return (
      <FormField id={id} label={label} error={errorAt(path)}>
        <Input autoComplete="off" {...props} {...describedBy(id, errorAt(path))} {...form.register(path)} />
      </FormField>
    );
  };
  const select = (path: Path, label: string, options: readonly string[], labelOf: (v: string) => string) => {
    const id = `${idPrefix}-${path.replaceAll(".", "-")}`;
    return (
      <FormField id={id} label={label} error={errorAt(path)}>
        <NativeSelect {...describedBy(id, errorAt(path))} {...form.register(path)}>
          {options.map((o) => (
            <option key={o} value={o}>
              {labelOf(o)}
            </option>
          ))}
        </NativeSelect>
      </FormField>
    );
  };

  return (
    <div className="grid gap-4">
      {select("method", t("method.label"), kinds, (k) => t(`method.${k}`))}
      {method === "alipaycn_qrcode" ? <p className="text-sm text-muted-foreground">{t("method.qrHint")}</p> : null}
      {method === "alipaycn_payment_code" ? text("payment_code", t("method.paymentCode"), { inputMode: "numeric" }) : null}
      {method === "card" ? (
        <>
          <fieldset className="grid gap-3 sm:grid-cols-2">
            <legend className="mb-2 text-sm font-medium">{t("card.legend")}</legend>
            {text("card.card_number", t("card.number"), { inputMode: "numeric", autoComplete: "cc-number" })}
            {text("card.card_name", t("card.name"), { autoComplete: "cc-name" })}
            <div className="grid grid-cols-3 gap-2">
              {text("card.expiry_month", t("card.expiryMonth"), { inputMode: "numeric", placeholder: "MM" })}
              {text("card.expiry_year", t("card.expiryYear"), { inputMode: "numeric", placeholder: "YYYY" })}
              {text("card.cvc", t("card.cvc"), { inputMode: "numeric", autoComplete: "cc-csc" })}
            </div>
            {select("card.network", t("card.network"), CARD_NETWORKS, (n) => t(`card.networks.${n}`))}
          </fieldset>
          <fieldset className="grid gap-3 sm:grid-cols-2">
            <legend className="mb-2 text-sm font-medium">{t("card.billing")}</legend>
            {text("card.billing.first_name", t("card.firstName"))}
            {text("card.billing.last_name", t("card.lastName"))}
            {text("card.billing.email", t("card.email"), { type: "email" })}
            {text("card.billing.phone_number", t("card.phone"))}
            {text("card.billing.address.country_code", t("card.country"), { maxLength: 2 })}
            {text("card.billing.address.state", t("card.state"))}
            {text("card.billing.address.city", t("card.city"))}
            {text("card.billing.address.street", t("card.street"))}
            {text("card.billing.address.postcode", t("card.postcode"))}
          </fieldset>
          <fieldset className="grid gap-3 sm:grid-cols-3">
            <legend className="mb-2 text-sm font-medium">{t("card.processing")}</legend>
            <label className="flex items-center gap-2 self-end pb-2 text-sm">
              <input type="checkbox" className="size-4" {...form.register("card.auto_capture")} />
              {t("card.autoCapture")}
            </label>
            {select("card.authorization_type", t("card.authorizationType"), ["authorization", "pre_authorization"], (v) => t(`card.authorizationTypes.${v}`))}
            {select("card.three_ds_action", t("card.threeDs"), ["skip_3ds", "enforce_3ds"], (v) => t(`card.threeDsActions.${v}`))}
          </fieldset>
        </>
      ) : null}
    </div>
  );
}
