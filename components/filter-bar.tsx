import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";

export type FilterField =
  | { name: string; label: string; kind: "text" | "date"; placeholder?: string }
  | { name: string; label: string; kind: "select"; options: { value: string; label: string }[] };

export const FILTER_FORM_CLASS = "grid items-end gap-3 sm:grid-cols-2 md:grid-cols-4 xl:grid-cols-8";

/** A filter form's fields and its Apply button (children beside it), for FilterBar or an InPlaceList. */
export function FilterFields({ fields, values, children }: { fields: FilterField[]; values: Record<string, string | undefined>; children?: ReactNode }) {
  const t = useTranslations("filters");
  return (
    <>
      {fields.map((field) => {
        const id = `filter-${field.name}`;
        return (
          <div key={field.name} className="grid gap-1">
            <label htmlFor={id} className="text-xs font-medium leading-none text-muted-foreground">
              {field.label}
            </label>
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
    </>
  );
}

/**
 * A plain GET form over a list: the filters live in the URL (shareable, back-button friendly) and
 * it works before any JavaScript has loaded. Server-rendered, no client code; a list that changes in
 * place puts FilterFields in an InPlaceList instead.
 */
export function FilterBar({
  action,
  label,
  fields,
  values,
  children,
}: {
  action: string;
  label: string;
  fields: FilterField[];
  values: Record<string, string | undefined>;
  children?: ReactNode;
}) {
  return (
    <form method="get" action={action} role="search" aria-label={label} className={FILTER_FORM_CLASS}>
      <FilterFields fields={fields} values={values}>
        {children}
      </FilterFields>
    </form>
  );
}
