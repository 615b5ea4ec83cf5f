"use client";

import type { ReactNode } from "react";
import { describedBy, Field } from "@/components/plain-field";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import type { useFormValues } from "@/lib/actions/use-form-values";
import type { Translate } from "@/lib/i18n/fill";
import { cardError } from "./card-error";

/** The limits and controls of the issue and update forms' values (wire-named fields). */
export type ControlsValues = {
  card_limit: string;
  spending_controls: { amount: string; interval?: "PER_TRANSACTION" }[];
  risk_controls: { allow_3ds_transactions?: "Y" | "N"; mcc_mode?: "none" | "allowed" | "blocked"; mcc_list?: string };
  metadata: { key: string; value: string }[];
};

/** The id of a controls field's input, by its value's path (the first field in error takes focus). */
export function controlsFieldId(idPrefix: string, path: string): string {
  const name = ({ "spending_controls.0.amount": "per_txn", "risk_controls.mcc_list": "mcc_list" } as Record<string, string>)[path];
  return `${idPrefix}-${name ?? path.replace(/^metadata\.(\d+)\.(\w+)$/, "meta-$1-$2")}`;
}

/**
 * Limits, spending and risk controls and metadata, kept in the form's React state (useFormValues):
 * the issue form (`idPrefix` "issue") and the card page's update form ("update"; card_limit is
 * fixed on SINGLE cards, `showLimit` false).
 */
export function ControlsFields<V extends ControlsValues>({
  form,
  idPrefix,
  currency: cardCurrency,
  showLimit = true,
  icons,
  t,
}: {
  form: ReturnType<typeof useFormValues<V>>;
  idPrefix: string;
  currency: string;
  showLimit?: boolean;
  icons: { add: ReactNode; remove: ReactNode };
  t: Translate;
}) {
  const { values } = form;
  const errors = form.check.errors;
  const id = (name: string) => `${idPrefix}-${name}`;
  const currency = cardCurrency || "—";
  const bind = (path: string, value: string) => ({ value, onChange: (e: { target: { value: string } }) => form.set(path, e.target.value) });
  const limitError = cardError(t, errors.card_limit);
  const perTxnError = cardError(t, errors["spending_controls.0.amount"]);
  const mccError = cardError(t, errors["risk_controls.mcc_list"]);
  const metadataError = cardError(t, errors.metadata);
  const risk = values.risk_controls;

  return (
    <div className="grid gap-3">
      {showLimit ? (
        <Field id={id("card_limit")} label={t("cards.fields.cardLimitIn", { currency })} error={limitError} hint={t("cards.hints.cardLimit")}>
          <Input inputMode="decimal" autoComplete="off" {...describedBy(id("card_limit"), limitError, true)} {...bind("card_limit", values.card_limit)} />
        </Field>
      ) : null}
      <Field id={id("per_txn")} label={t("cards.fields.perTransactionIn", { currency })} error={perTxnError} hint={t("cards.hints.perTransaction")}>
        <Input inputMode="decimal" autoComplete="off" {...describedBy(id("per_txn"), perTxnError, true)} {...bind("spending_controls.0.amount", values.spending_controls[0]?.amount ?? "")} />
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id={id("3ds")} label={t("cards.fields.threeDs")}>
          <NativeSelect id={id("3ds")} {...bind("risk_controls.allow_3ds_transactions", risk.allow_3ds_transactions ?? "Y")}>
            <option value="Y">{t("cards.detail.yes")}</option>
            <option value="N">{t("cards.detail.no")}</option>
          </NativeSelect>
        </Field>
        <Field id={id("mcc_mode")} label={t("cards.fields.mccMode")}>
          <NativeSelect id={id("mcc_mode")} {...bind("risk_controls.mcc_mode", risk.mcc_mode ?? "none")}>
            {(["none", "allowed", "blocked"] as const).map((mode) => (
              <option key={mode} value={mode}>
                {t(`cards.mccModes.${mode}`)}
              </option>
            ))}
          </NativeSelect>
        </Field>
      </div>
      {risk.mcc_mode && risk.mcc_mode !== "none" ? (
        <Field id={id("mcc_list")} label={t("cards.fields.mccList")} error={mccError} hint={t("cards.hints.mccList")}>
          <Input autoComplete="off" {...describedBy(id("mcc_list"), mccError, true)} {...bind("risk_controls.mcc_list", risk.mcc_list ?? "")} />
        </Field>
      ) : null}
      <fieldset className="grid gap-2">
        <legend className="mb-1 text-sm font-medium">{t("cards.fields.metadata")}</legend>
        {values.metadata.map((row, i) => {
          const keyError = cardError(t, errors[`metadata.${i}.key`]);
          return (
            <div key={i} className="grid grid-cols-[1fr_1fr_auto] items-start gap-2">
              <Field id={id(`meta-${i}-key`)} label={t("cards.fields.metadataKey", { n: i + 1 })} error={keyError}>
                <Input autoComplete="off" {...describedBy(id(`meta-${i}-key`), keyError)} {...bind(`metadata.${i}.key`, row.key)} />
              </Field>
              <Field id={id(`meta-${i}-value`)} label={t("cards.fields.metadataValue", { n: i + 1 })}>
                <Input autoComplete="off" id={id(`meta-${i}-value`)} {...bind(`metadata.${i}.value`, row.value)} />
              </Field>
              <Button
                type="button"
                variant="ghost"
                size="icon"
                className="mt-6"
                aria-label={t("cards.actions.removeMetadata", { n: i + 1 })}
                onClick={() => form.update((v) => ({ ...v, metadata: v.metadata.filter((_, at) => at !== i) }))}
              >
                {icons.remove}
              </Button>
            </div>
          );
        })}
        {metadataError ? <p className="text-xs text-destructive">{metadataError}</p> : null}
        <Button type="button" variant="outline" size="sm" className="justify-self-start" onClick={() => form.update((v) => ({ ...v, metadata: [...v.metadata, { key: "", value: "" }] }))}>
          {icons.add} {t("cards.actions.addMetadata")}
        </Button>
      </fieldset>
    </div>
  );
}
