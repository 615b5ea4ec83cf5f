import { Download } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import type { AuditFilters } from "@/lib/schemas/audit";

const OUTCOMES = ["success", "failure", "denied", "unknown"] as const;

/** A plain GET form: the filters live in the URL, and it works before any JavaScript loads. */
export async function AuditFiltersForm({ filters, actions, exportHref }: { filters: AuditFilters; actions: string[]; exportHref: string }) {
  const t = await getTranslations("audit");
  const field = (name: keyof AuditFilters, label: string, input: React.ReactNode) => (
    <div className="grid gap-1">
      <Label htmlFor={`audit-${name}`} className="text-xs text-muted-foreground">
        {label}
      </Label>
      {input}
    </div>
  );
  return (
    <form method="get" action="/audit" role="search" aria-label={t("filters")} className="grid items-end gap-3 md:grid-cols-4 xl:grid-cols-8">
      {field(
        "action",
        t("action"),
        <NativeSelect id="audit-action" name="action" defaultValue={filters.action ?? ""}>
          <option value="">{t("any")}</option>
          {actions.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </NativeSelect>,
      )}
      {field(
        "outcome",
        t("outcome"),
        <NativeSelect id="audit-outcome" name="outcome" defaultValue={filters.outcome ?? ""}>
          <option value="">{t("any")}</option>
          {OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {t(`outcomes.${o}`)}
            </option>
          ))}
        </NativeSelect>,
      )}
      {field("actor", t("actor"), <Input id="audit-actor" name="actor" defaultValue={filters.actor ?? ""} />)}
      {field("target", t("target"), <Input id="audit-target" name="target" defaultValue={filters.target ?? ""} />)}
      {field("key", t("idempotencyKey"), <Input id="audit-key" name="key" defaultValue={filters.key ?? ""} />)}
      {field("from", t("from"), <Input id="audit-from" name="from" type="date" defaultValue={filters.from ?? ""} />)}
      {field("to", t("to"), <Input id="audit-to" name="to" type="date" defaultValue={filters.to ?? ""} />)}
      <div className="flex gap-2">
        <Button type="submit">{t("apply")}</Button>
        <Button asChild variant="outline">
          <a href={exportHref} download>
            <Download aria-hidden /> {t("exportCsv")}
          </a>
        </Button>
      </div>
    </form>
  );
}
