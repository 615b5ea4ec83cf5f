import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { RequiredFieldSpec } from "@/lib/required-fields/types";

const nameOf = (f: RequiredFieldSpec) => f.name ?? f.field_name ?? "?";

/** A product's required_fields as UQPAY sent them: wire name, type, required or optional, description; objects nest. */
export function RequiredFieldsTree({ fields, label }: { fields: readonly RequiredFieldSpec[]; label?: string }) {
  return (
    <ul aria-label={label} className="grid gap-1 text-sm">
      {fields.map((f, i) => (
        <FieldNode key={`${nameOf(f)}-${i}`} field={f} />
      ))}
    </ul>
  );
}

function FieldNode({ field }: { field: RequiredFieldSpec }) {
  const t = useTranslations("products");
  const children = Array.isArray(field.fields) ? field.fields : [];
  const type = field.type ?? field.field_type;
  return (
    <li>
      <div className="flex flex-wrap items-center gap-2">
        <code className="font-mono text-xs font-medium">{nameOf(field)}</code>
        {type ? <span className="text-xs text-muted-foreground">{type}</span> : null}
        <Badge tone={field.required ? "warning" : "neutral"}>{field.required ? t("required") : t("optional")}</Badge>
        {field.description ? <span className="text-xs text-muted-foreground">{field.description}</span> : null}
      </div>
      {children.length > 0 ? (
        <ul className="mt-1 ml-2 grid gap-1 border-l pl-4">
          {children.map((c, i) => (
            <FieldNode key={`${nameOf(c)}-${i}`} field={c} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}
