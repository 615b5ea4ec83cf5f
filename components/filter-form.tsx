import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { FilterField } from "@/components/filter-bar";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";

/**
 * FilterBar for a list the server renders: the same plain GET form, rendered on the server, so the
 * page ships no JavaScript for it (issue #11). Lists that refresh themselves use FilterBar's inPlace.
 */
export async function FilterForm({
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
  const t = await getTranslations("filters");
  return (
    <form method="get" action={action} role="search" aria-label={label} className="grid items-end gap-3 sm:grid-cols-2 md:grid-cols-4 xl:grid-cols-8">
      {fields.map((field) => {
        const id = `filter-${field.name}`;
        return (
          <div key={field.name} className="grid gap-1">
            <label htmlFor={id} className="text-xs leading-none font-medium text-muted-foreground">
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
    </form>
  );
}
