"use client";

import type { ReactNode } from "react";
import { FileUpload } from "@/components/file-upload";
import { describedBy, Field } from "@/components/plain-field";
import { requiredFieldText } from "@/components/required-field-text";
import { fieldIdOf, type RequiredFieldsState } from "@/components/required-fields-state";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import type { Translate } from "@/lib/i18n/fill";
import { documentTypeOf, MIN_AGE } from "@/lib/required-fields/rules";
import type { FieldDescriptor } from "@/lib/required-fields/types";
import { cn } from "@/lib/utils";

type FieldsetProps = { descriptors: readonly FieldDescriptor[]; state: RequiredFieldsState; countries: ReactNode; t: Translate };

/**
 * The fields of a required_fields form kept in state: objects become fieldsets; conditional fields
 * appear only when their condition holds. `t` reads island text holding requiredFields.* and
 * validation.* (lib/i18n/fill), translated by the page.
 */
export function RequiredFieldsStateFieldset({ descriptors, state, countries, t }: FieldsetProps) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {descriptors.map((d) => (
        <DescriptorField key={d.path} d={d} state={state} countries={countries} t={t} />
      ))}
    </div>
  );
}

function DescriptorField({ d, state, countries, t }: Omit<FieldsetProps, "descriptors"> & { d: FieldDescriptor }) {
  const text = requiredFieldText(t);
  if (d.visibleWhen && state.values[d.visibleWhen.path] !== d.visibleWhen.equals) return null;
  // back_file for an ID card, kyc_proof for THIRD_PARTY: required while the condition holds.
  const required = d.required || (d.requiredWhen !== undefined && state.values[d.requiredWhen.path] === d.requiredWhen.equals);

  if (d.kind === "group") {
    return (
      <fieldset className="grid gap-3 rounded-md border p-4 sm:col-span-2">
        <legend className="px-1 text-sm font-semibold">
          {text.label(d)}
          {required ? <span aria-hidden className="text-destructive"> *</span> : null}
        </legend>
        {!required ? <p className="text-xs text-muted-foreground">{t("requiredFields.ui.optionalGroup")}</p> : null}
        {text.hint(d) ? <p className="text-xs text-muted-foreground">{text.hint(d)}</p> : null}
        <div className="grid gap-4 sm:grid-cols-2">
          {(d.children ?? []).map((c) => (
            <DescriptorField key={c.path} d={c} state={state} countries={countries} t={t} />
          ))}
        </div>
      </fieldset>
    );
  }

  const id = fieldIdOf(state.idPrefix, d.path);
  const error = text.error(state.errors[d.path], state.values.country_code);
  const hint = text.hint(d);
  return (
    <div className={cn(d.kind === "file" && "sm:col-span-2")}>
      <Field id={id} label={text.label(d)} error={error} hint={hint} required={required}>
        <FieldControl d={{ ...d, required }} id={id} aria={describedBy(id, error, Boolean(hint))} state={state} countries={countries} t={t} />
      </Field>
    </div>
  );
}

/** The latest date of birth that is 18 today, for the date picker's `max`. */
function latestAdultBirthDate(): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear() - MIN_AGE, now.getUTCMonth(), now.getUTCDate())).toISOString().slice(0, 10);
}

type ControlProps = { d: FieldDescriptor; id: string; aria: ReturnType<typeof describedBy>; state: RequiredFieldsState; countries: ReactNode; t: Translate };

function FieldControl({ d, id, aria, state, countries, t }: ControlProps) {
  const value = state.values[d.path] ?? "";
  const props = {
    ...aria,
    name: d.path,
    value,
    required: d.required || undefined,
    onChange: (event: { target: { value: string } }) => state.set(d.path, event.target.value),
  };

  switch (d.kind) {
    case "country":
      return (
        <NativeSelect {...props} autoComplete={d.autoComplete}>
          {countries}
        </NativeSelect>
      );
    case "select":
      return (
        <NativeSelect {...props}>
          <option value="">{t("requiredFields.ui.choose")}</option>
          {(d.options ?? []).map((option) => (
            <option key={option} value={option}>
              {d.optionsKey && t.has(`requiredFields.options.${d.optionsKey}.${option}`) ? t(`requiredFields.options.${d.optionsKey}.${option}`) : option}
            </option>
          ))}
        </NativeSelect>
      );
    case "date":
      return <Input type="date" max={d.rule === "date_of_birth" ? latestAdultBirthDate() : undefined} autoComplete={d.autoComplete} {...props} />;
    case "file":
      return (
        <FileUpload
          id={id}
          value={value}
          invalid={Boolean(state.errors[d.path])}
          describedBy={aria["aria-describedby"]}
          t={t}
          onError={(code) => {
            state.set(d.path, "", false);
            state.setError(d.path, code);
          }}
          onChange={(file) => {
            state.setError(d.path, undefined);
            state.set(d.path, file?.base64 ?? "");
            if (d.fileTypePath) state.set(d.fileTypePath, (file && documentTypeOf(file.type)) ?? "");
          }}
        />
      );
    default:
      return (
        <Input
          type={d.kind === "email" ? "email" : d.kind === "tel" ? "tel" : "text"}
          inputMode={d.kind === "tel" ? "numeric" : undefined}
          maxLength={d.maxLength}
          autoComplete={d.autoComplete ?? "off"}
          {...props}
        />
      );
  }
}
