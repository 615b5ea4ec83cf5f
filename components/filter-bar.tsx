"use client";

import { useTranslations } from "next-intl";
import type { FormEvent, ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";

export type FilterField =
  | { name: string; label: string; kind: "text" | "date"; placeholder?: string }
  | { name: string; label: string; kind: "select"; options: { value: string; label: string }[] };

/** The filled-in fields of a filter form as a query string (empty fields and the page dropped). */
export function filterQuery(form: HTMLFormElement): string {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) if (typeof value === "string" && value.trim() !== "") params.set(name, value.trim());
  return params.toString();
}

/**
 * A plain GET form over a list: the filters live in the URL (shareable, back-button friendly) and
 * it works before any JavaScript has loaded. With `inPlace`, a list that refreshes itself in the
 * browser (TanStack Query over the URL) gets the new URL through history.pushState instead of a
 * page load, and keeps showing its rows while the next ones load.
 */
export function FilterBar({
  action,
  label,
  fields,
  values,
  inPlace = false,
  children,
}: {
  action: string;
  label: string;
  fields: FilterField[];
  values: Record<string, string | undefined>;
  inPlace?: boolean;
  children?: ReactNode;
}) {
  const t = useTranslations("filters");
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    if (!inPlace) return;
    event.preventDefault();
    const qs = filterQuery(event.currentTarget);
    window.history.pushState(null, "", qs ? `${action}?${qs}` : action);
  };
  return (
    <form method="get" action={action} role="search" aria-label={label} onSubmit={onSubmit} className="grid items-end gap-3 sm:grid-cols-2 md:grid-cols-4 xl:grid-cols-8">
      {fields.map((field) => {
        const id = `filter-${field.name}`;
        return (
          <div key={field.name} className="grid gap-1">
            <Label htmlFor={id} className="text-xs text-muted-foreground">
              {field.label}
            </Label>
            {field.kind === "select" ? (
              <NativeSelect id={id} name={field.name} defaultValue={values[field.name] ?? ""}>
                <option value="">{t("any")}</option>
                {field.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </NativeSelect>
            ) : (
              <Input id={id} name={field.name} type={field.kind} placeholder={field.kind === "text" ? field.placeholder : undefined} defaultValue={values[field.name] ?? ""} />
            )}
          </div>
        );
      })}
      <div className="flex gap-2">
        <Button type="submit">{t("apply")}</Button>
        {children}
      </div>
    </form>
  );
}
