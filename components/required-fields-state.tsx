"use client";

import { useTranslations } from "next-intl";
import { useRef, useState, type ReactNode } from "react";
import type { ZodType } from "zod";
import { FileUpload } from "@/components/file-upload";
import { describedBy, FormField } from "@/components/form-field";
import { useRequiredFieldText } from "@/components/required-field-text";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import type { ActionFailure } from "@/lib/actions/result";
import { documentTypeOf, MIN_AGE } from "@/lib/required-fields/rules";
import type { FieldDescriptor } from "@/lib/required-fields/types";
import { cn } from "@/lib/utils";

/** Form values by wire path ("residential_address.city"), every leaf a string. */
export type FlatValues = Record<string, string>;
type Messages = Partial<Record<string, string>>;

/** Nested values (as the schema and UQPAY take them) → values by wire path. */
export function flatValues(values: Record<string, unknown>, base = ""): FlatValues {
  return Object.fromEntries(
    Object.entries(values).flatMap(([key, value]) =>
      value !== null && typeof value === "object" ? Object.entries(flatValues(value as Record<string, unknown>, `${base}${key}.`)) : [[base + key, String(value ?? "")]],
    ),
  );
}

function nestedValues(flat: FlatValues): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [path, value] of Object.entries(flat)) {
    const keys = path.split(".");
    let node = root;
    for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
    node[keys.at(-1)!] = value;
  }
  return root;
}

export const fieldIdOf = (idPrefix: string, path: string) => `${idPrefix}-${path.replaceAll(".", "-")}`;

/**
 * The values and errors of a required_fields form kept in React state, its zod schema imported on
 * the first submit rather than with the page: zod and react-hook-form are ~47 kB gzip a form page
 * need not ship (issue #11). It behaves as the react-hook-form version (required-fields-form) did:
 * errors on submit, then following each change; the first field in error takes focus; an action's
 * field errors replace the schema's. The action parses the same schema again.
 */
export function useRequiredFieldsState(initial: FlatValues, loadSchema: () => Promise<ZodType>, idPrefix: string) {
  const [values, setValues] = useState(initial);
  // The latest values at once: a file choice sets the document and its type in one go.
  const latest = useRef(initial);
  const [errors, setErrors] = useState<Messages>({});
  const submitted = useRef(false);

  const show = (next: Messages, focus: boolean) => {
    setErrors(next);
    const first = Object.keys(next)[0];
    if (focus && first !== undefined) document.getElementById(fieldIdOf(idPrefix, first))?.focus();
  };
  const parse = async (current: FlatValues, focus: boolean) => {
    const result = (await loadSchema()).safeParse(nestedValues(current));
    const next: Messages = {};
    if (!result.success) for (const issue of result.error.issues) next[issue.path.join(".")] ??= issue.message;
    show(next, focus);
    return result.success ? (result.data as Record<string, unknown>) : null;
  };

  return {
    values,
    errors,
    /** Sets one value; once the form has been submitted, checks again (`recheck: false` to keep an error just set). */
    set: (path: string, value: string, recheck = true) => {
      latest.current = { ...latest.current, [path]: value };
      setValues(latest.current);
      if (submitted.current && recheck) void parse(latest.current, false);
    },
    setError: (path: string, message: string | undefined) => setErrors((current) => ({ ...current, [path]: message })),
    /** On submit: the schema's output (the wire payload), or null with the errors shown. */
    validate: () => {
      submitted.current = true;
      return parse(latest.current, true);
    },
    /** Parses other values (e.g. the initial ones, to diff an update against) without showing anything. */
    parseQuietly: async (other: FlatValues) => (await loadSchema()).safeParse(nestedValues(other)).data as Record<string, unknown> | undefined,
    showFailure: (failure: ActionFailure) => show(Object.fromEntries(Object.entries(failure.fieldErrors ?? {}).map(([path, messages]) => [path, messages[0]])), true),
    idPrefix,
  };
}

export type RequiredFieldsState = ReturnType<typeof useRequiredFieldsState>;

/** The fields of a required_fields form kept in state: objects become fieldsets; conditional fields appear only when their condition holds. */
export function RequiredFieldsStateFieldset({ descriptors, state, countries }: { descriptors: readonly FieldDescriptor[]; state: RequiredFieldsState; countries: ReactNode }) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {descriptors.map((d) => (
        <DescriptorField key={d.path} d={d} state={state} countries={countries} />
      ))}
    </div>
  );
}

function DescriptorField({ d, state, countries }: { d: FieldDescriptor; state: RequiredFieldsState; countries: ReactNode }) {
  const text = useRequiredFieldText();
  const t = useTranslations("requiredFields.ui");
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
        {!required ? <p className="text-xs text-muted-foreground">{t("optionalGroup")}</p> : null}
        {text.hint(d) ? <p className="text-xs text-muted-foreground">{text.hint(d)}</p> : null}
        <div className="grid gap-4 sm:grid-cols-2">
          {(d.children ?? []).map((c) => (
            <DescriptorField key={c.path} d={c} state={state} countries={countries} />
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
      <FormField id={id} label={text.label(d)} error={error} hint={hint} required={required}>
        <FieldControl d={{ ...d, required }} id={id} aria={describedBy(id, error, Boolean(hint))} state={state} countries={countries} />
      </FormField>
    </div>
  );
}

/** The latest date of birth that is 18 today, for the date picker's `max`. */
function latestAdultBirthDate(): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear() - MIN_AGE, now.getUTCMonth(), now.getUTCDate())).toISOString().slice(0, 10);
}

type ControlProps = { d: FieldDescriptor; id: string; aria: ReturnType<typeof describedBy>; state: RequiredFieldsState; countries: ReactNode };

function FieldControl({ d, id, aria, state, countries }: ControlProps) {
  const t = useTranslations("requiredFields");
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
          <option value="">{t("ui.choose")}</option>
          {(d.options ?? []).map((option) => (
            <option key={option} value={option}>
              {d.optionsKey && t.has(`options.${d.optionsKey}.${option}`) ? t(`options.${d.optionsKey}.${option}`) : option}
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
