"use client";

import { useTranslations } from "next-intl";
import { Controller, useFormContext } from "react-hook-form";
import { CountrySelect } from "@/components/country-select";
import { FileUpload } from "@/components/file-upload";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { documentTypeOf, MIN_AGE, type FieldDescriptor } from "@/lib/required-fields";

/** The latest date of birth that is 18 today, for the date picker's `max`. */
function latestAdultBirthDate(): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear() - MIN_AGE, now.getUTCMonth(), now.getUTCDate())).toISOString().slice(0, 10);
}

type Props = {
  d: FieldDescriptor;
  /** The form field name: the descriptor's wire path, under the form's prefix if any. */
  name: string;
  id: string;
  aria: { id: string; "aria-invalid"?: true; "aria-describedby"?: string };
  prefix: string;
  readOnly?: boolean;
};

/** One leaf of a required_fields form: the control its kind calls for, registered under its wire name. */
export function RequiredFieldControl({ d, name, id, aria, prefix, readOnly }: Props) {
  const t = useTranslations("requiredFields");
  const form = useFormContext();
  const props = { ...aria, disabled: readOnly, required: d.required || undefined };

  switch (d.kind) {
    case "country":
      return <CountrySelect {...props} autoComplete={d.autoComplete} {...form.register(name)} />;
    case "select":
      return (
        <NativeSelect {...props} {...form.register(name)}>
          <option value="">{t("ui.choose")}</option>
          {(d.options ?? []).map((value) => (
            <option key={value} value={value}>
              {d.optionsKey && t.has(`options.${d.optionsKey}.${value}`) ? t(`options.${d.optionsKey}.${value}`) : value}
            </option>
          ))}
        </NativeSelect>
      );
    case "date":
      return <Input type="date" max={d.rule === "date_of_birth" ? latestAdultBirthDate() : undefined} autoComplete={d.autoComplete} {...props} {...form.register(name)} />;
    case "file":
      return (
        <Controller
          name={name}
          control={form.control}
          render={({ field, fieldState }) => (
            <FileUpload
              id={id}
              value={typeof field.value === "string" ? field.value : ""}
              invalid={Boolean(fieldState.error)}
              describedBy={aria["aria-describedby"]}
              disabled={readOnly}
              onError={(code) => {
                field.onChange("");
                form.setError(name, { type: "file", message: code });
              }}
              onChange={(file) => {
                form.clearErrors(name);
                field.onChange(file?.base64 ?? "");
                if (d.fileTypePath) form.setValue(prefix + d.fileTypePath, (file && documentTypeOf(file.type)) ?? "", { shouldDirty: true });
              }}
            />
          )}
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
          {...form.register(name)}
        />
      );
  }
}
