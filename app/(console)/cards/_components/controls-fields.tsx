"use client";

import { Plus, Trash2 } from "@/components/icons";
import { useTranslations } from "next-intl";
import { useFieldArray, useWatch, type FieldValues, type UseFormReturn } from "react-hook-form";
import { describedBy, FormField } from "@/components/form-field";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { useCardErrors } from "./use-card-errors";

/** The part of the issue and update forms that edits limits and controls (wire-named fields). */
export type ControlsShape = {
  card_limit?: string;
  spending_controls?: { amount: string; interval?: "PER_TRANSACTION" }[];
  risk_controls?: { allow_3ds_transactions?: "Y" | "N"; mcc_mode?: "none" | "allowed" | "blocked"; mcc_list?: string };
  metadata?: { key: string; value: string }[];
};

type Errors = {
  card_limit?: { message?: string };
  spending_controls?: { amount?: { message?: string } }[];
  risk_controls?: { mcc_list?: { message?: string } };
  metadata?: ({ key?: { message?: string }; value?: { message?: string } } | undefined)[] & { root?: { message?: string }; message?: string };
};

export function ControlsFields<T extends FieldValues>({ form: anyForm, idPrefix, currency, showLimit }: { form: UseFormReturn<T>; idPrefix: string; currency: string; showLimit: boolean }) {
  // One cast here instead of at every call: both forms' values extend ControlsShape.
  const form = anyForm as unknown as UseFormReturn<ControlsShape>;
  const t = useTranslations("cards");
  const tr = useCardErrors();
  const errors = form.formState.errors as Errors;
  const metadata = useFieldArray({ control: form.control, name: "metadata" });
  const mccMode = useWatch({ control: form.control, name: "risk_controls.mcc_mode" });
  const id = (name: string) => `${idPrefix}-${name}`;
  const limitError = tr(errors.card_limit?.message);
  const perTxnError = tr(errors.spending_controls?.[0]?.amount?.message);
  const mccError = tr(errors.risk_controls?.mcc_list?.message);
  const metadataError = tr(errors.metadata?.root?.message ?? errors.metadata?.message);

  return (
    <div className="grid gap-3">
      {showLimit ? (
        <FormField id={id("card_limit")} label={t("fields.cardLimitIn", { currency: currency || "—" })} error={limitError} hint={t("hints.cardLimit")}>
          <Input inputMode="decimal" autoComplete="off" {...describedBy(id("card_limit"), limitError, true)} {...form.register("card_limit")} />
        </FormField>
      ) : null}
      <FormField id={id("per_txn")} label={t("fields.perTransactionIn", { currency: currency || "—" })} error={perTxnError} hint={t("hints.perTransaction")}>
        <Input inputMode="decimal" autoComplete="off" {...describedBy(id("per_txn"), perTxnError, true)} {...form.register("spending_controls.0.amount")} />
      </FormField>
      <div className="grid gap-3 sm:grid-cols-2">
        <FormField id={id("3ds")} label={t("fields.threeDs")}>
          <NativeSelect id={id("3ds")} {...form.register("risk_controls.allow_3ds_transactions")}>
            <option value="Y">{t("detail.yes")}</option>
            <option value="N">{t("detail.no")}</option>
          </NativeSelect>
        </FormField>
        <FormField id={id("mcc_mode")} label={t("fields.mccMode")}>
          <NativeSelect id={id("mcc_mode")} {...form.register("risk_controls.mcc_mode")}>
            <option value="none">{t("mccModes.none")}</option>
            <option value="allowed">{t("mccModes.allowed")}</option>
            <option value="blocked">{t("mccModes.blocked")}</option>
          </NativeSelect>
        </FormField>
      </div>
      {mccMode && mccMode !== "none" ? (
        <FormField id={id("mcc_list")} label={t("fields.mccList")} error={mccError} hint={t("hints.mccList")}>
          <Input autoComplete="off" {...describedBy(id("mcc_list"), mccError, true)} {...form.register("risk_controls.mcc_list")} />
        </FormField>
      ) : null}
      <fieldset className="grid gap-2">
        <legend className="mb-1 text-sm font-medium">{t("fields.metadata")}</legend>
        {metadata.fields.map((row, i) => {
          const keyError = tr(errors.metadata?.[i]?.key?.message);
          return (
            <div key={row.id} className="grid grid-cols-[1fr_1fr_auto] items-start gap-2">
              <FormField id={id(`meta-${i}-key`)} label={t("fields.metadataKey", { n: i + 1 })} error={keyError}>
                <Input autoComplete="off" {...describedBy(id(`meta-${i}-key`), keyError)} {...form.register(`metadata.${i}.key`)} />
              </FormField>
              <FormField id={id(`meta-${i}-value`)} label={t("fields.metadataValue", { n: i + 1 })}>
                <Input autoComplete="off" id={id(`meta-${i}-value`)} {...form.register(`metadata.${i}.value`)} />
              </FormField>
              <Button type="button" variant="ghost" size="icon" className="mt-6" aria-label={t("actions.removeMetadata", { n: i + 1 })} onClick={() => metadata.remove(i)}>
                <Trash2 aria-hidden />
              </Button>
            </div>
          );
        })}
        {metadataError ? <p className="text-xs text-destructive">{metadataError}</p> : null}
        <Button type="button" variant="outline" size="sm" className="justify-self-start" onClick={() => metadata.append({ key: "", value: "" })}>
          <Plus aria-hidden /> {t("actions.addMetadata")}
        </Button>
      </fieldset>
    </div>
  );
}
