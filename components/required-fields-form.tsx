"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import { FormProvider, get, useForm, useFormContext, useWatch, type FieldError } from "react-hook-form";
import { ErrorGuidance } from "@/components/error-guidance";
import { describedBy, FormField } from "@/components/form-field";
import { RequiredFieldControl } from "@/components/required-field-control";
import { Button } from "@/components/ui/button";
import { applyFieldErrors } from "@/lib/actions/apply-field-errors";
import type { ActionFailure, ActionResult } from "@/lib/actions/result";
import { useRequiredFieldText } from "@/components/required-field-text";
import { emptyValues, type FieldDescriptor, type FieldValues } from "@/lib/required-fields";
import { cn } from "@/lib/utils";

export { useRequiredFieldText } from "@/components/required-field-text";

type FieldsetProps = {
  descriptors: readonly FieldDescriptor[];
  /** Where these fields sit in the form values, e.g. "cardholder_required_fields" (no trailing dot). */
  prefix?: string;
  /** Prefix of element ids, unique per page. */
  idPrefix?: string;
  /** Wire paths shown but not editable. */
  readOnly?: readonly string[];
};

/**
 * The fields of a required_fields form inside an existing react-hook-form `FormProvider`
 * (inputs are named by wire path, so UQPAY's field errors land on them). Objects become
 * fieldsets; conditional fields (kyc_proof) appear only when their condition holds.
 */
export function RequiredFieldsFieldset({ descriptors, prefix = "", idPrefix = "rf", readOnly = [] }: FieldsetProps) {
  const base = prefix ? `${prefix}.` : "";
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {descriptors.map((d) => (
        <DescriptorField key={d.path} d={d} base={base} idPrefix={idPrefix} readOnly={readOnly} />
      ))}
    </div>
  );
}

function DescriptorField({ d, base, idPrefix, readOnly }: { d: FieldDescriptor; base: string; idPrefix: string; readOnly: readonly string[] }) {
  const text = useRequiredFieldText();
  const t = useTranslations("requiredFields.ui");
  const form = useFormContext();
  const gate = useWatch({ control: form.control, name: d.visibleWhen ? base + d.visibleWhen.path : "__none__" });
  const country = useWatch({ control: form.control, name: d.rule === "phone" ? `${base}country_code` : "__none__" });
  const condition = useWatch({ control: form.control, name: d.requiredWhen ? base + d.requiredWhen.path : "__none__" });
  if (d.visibleWhen && gate !== d.visibleWhen.equals) return null;
  // back_file for an ID card, kyc_proof for THIRD_PARTY: required while the condition holds.
  const required = d.required || (d.requiredWhen !== undefined && condition === d.requiredWhen.equals);

  if (d.kind === "group") {
    return (
      <fieldset className="grid gap-3 rounded-md border p-4 sm:col-span-2">
        <legend className="px-1 text-sm font-semibold">
          {text.label(d)}
          {required ? <span aria-hidden className="text-destructive"> *</span> : null}
        </legend>
        {!required ? <p className="text-xs text-muted-foreground">{t("optionalGroup")}</p> : null}
        {text.hint(d) ? <p className="text-xs text-muted-foreground">{text.hint(d)}</p> : null}
        <div className="grid gap-4 sm:grid-cols-2">
          {(d.children ?? []).map((c) => (
            <DescriptorField key={c.path} d={c} base={base} idPrefix={idPrefix} readOnly={readOnly} />
          ))}
        </div>
      </fieldset>
    );
  }

  const name = base + d.path;
  const id = `${idPrefix}-${name.replaceAll(".", "-")}`;
  const fieldError = get(form.formState.errors, name) as FieldError | undefined;
  const error = text.error(fieldError?.message, country);
  const hint = text.hint(d);
  return (
    <div className={cn(d.kind === "file" && "sm:col-span-2")}>
      <FormField id={id} label={text.label(d)} error={error} hint={hint} required={required}>
        <RequiredFieldControl d={{ ...d, required }} name={name} id={id} aria={describedBy(id, error, Boolean(hint))} prefix={base} readOnly={readOnly.includes(d.path)} />
      </FormField>
    </div>
  );
}

type FormProps = {
  descriptors: readonly FieldDescriptor[];
  schema: import("zod").ZodType<FieldValues, FieldValues>;
  /** Called with the parsed wire payload; a failed result is shown (guidance) and mapped onto fields. */
  onSubmit: (values: FieldValues) => Promise<ActionResult<unknown>>;
  defaultValues?: FieldValues;
  submitLabel: string;
  ariaLabel: string;
  idPrefix?: string;
  children?: ReactNode;
};

/** A complete form for a set of descriptors: validation, submit, UQPAY error guidance. */
export function RequiredFieldsForm({ descriptors, schema, onSubmit, defaultValues, submitLabel, ariaLabel, idPrefix, children }: FormProps) {
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const form = useForm<FieldValues>({ resolver: zodResolver(schema), defaultValues: defaultValues ?? emptyValues(descriptors) });
  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    const result = await onSubmit(values);
    if (!result.ok) {
      applyFieldErrors(result, form.setError);
      setFailure(result);
    }
  });
  return (
    <FormProvider {...form}>
      <form onSubmit={submit} noValidate aria-label={ariaLabel} className="grid gap-4">
        <ErrorGuidance failure={failure} />
        <RequiredFieldsFieldset descriptors={descriptors} idPrefix={idPrefix} />
        {children}
        <div className="flex justify-end">
          <Button type="submit" disabled={form.formState.isSubmitting}>
            {submitLabel}
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}
