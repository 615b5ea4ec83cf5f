"use client";

import { describedBy, Field } from "@/components/plain-field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import type { FieldMessages } from "@/lib/actions/use-schema-check";
import type { Translate } from "@/lib/i18n/fill";
import { CARD_NETWORKS } from "@/lib/payments/kinds";
import { type MethodFormValues, paymentErrors, paymentFieldId } from "./payment-form-kit";

type Props = {
  idPrefix: string;
  kinds: readonly string[];
  values: MethodFormValues;
  errors: FieldMessages;
  /** Sets the value at a dotted path ("card.billing.city"). */
  set: (path: string, value: string | boolean) => void;
  /** Reads the page's island text (payments.*, validation.*). */
  words: Translate;
};

/** Card (seed 003's fields) or a wallet; shown beneath the method picker of the create and confirm forms. */
export function MethodFields({ idPrefix, kinds, values, errors, set, words }: Props) {
  const t = (key: string) => words(`payments.${key}`);
  const tr = paymentErrors(words);
  const idOf = paymentFieldId(idPrefix);
  const valueAt = (path: string) => {
    let node: unknown = values;
    for (const part of path.split(".")) node = (node as Record<string, unknown> | undefined)?.[part];
    return typeof node === "string" ? node : "";
  };
  const control = (path: string) => ({
    ...describedBy(idOf(path), errors[path]),
    name: path,
    value: valueAt(path),
    onChange: (event: { target: { value: string } }) => set(path, event.target.value),
  });
  const text = (path: string, label: string, props: React.ComponentProps<"input"> = {}) => (
    <Field id={idOf(path)} label={label} error={tr(errors[path])}>
      <Input autoComplete="off" {...props} {...control(path)} />
    </Field>
  );
  const select = (path: string, label: string, options: readonly string[], labelOf: (v: string) => string) => (
    <Field id={idOf(path)} label={label} error={tr(errors[path])}>
      <NativeSelect {...control(path)}>
        {options.map((o) => (
          <option key={o} value={o}>
            {labelOf(o)}
          </option>
        ))}
      </NativeSelect>
    </Field>
  );

  return (
    <div className="grid gap-4">
      {select("method", t("method.label"), kinds, (k) => t(`method.${k}`))}
      {values.method === "alipaycn_qrcode" ? <p className="text-sm text-muted-foreground">{t("method.qrHint")}</p> : null}
      {values.method === "alipaycn_payment_code" ? text("payment_code", t("method.paymentCode"), { inputMode: "numeric" }) : null}
      {values.method === "card" ? (
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
              <input
                type="checkbox"
                className="size-4"
                name="card.auto_capture"
                checked={values.card.auto_capture}
                onChange={(event) => set("card.auto_capture", event.target.checked)}
              />
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
