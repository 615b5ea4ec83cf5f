import { Download } from "@/components/icons";
import { getTranslations } from "next-intl/server";
import { FilterBar } from "@/components/filter-bar";
import { Button } from "@/components/ui/button";
import type { AuditFilters } from "@/lib/schemas/audit";

const OUTCOMES = ["success", "failure", "denied", "unknown"] as const;

export async function AuditFiltersForm({ filters, actions, exportHref }: { filters: AuditFilters; actions: string[]; exportHref: string }) {
  const t = await getTranslations("audit");
  return (
    <FilterBar
      action="/audit"
      label={t("filters")}
      values={filters}
      fields={[
        { name: "action", label: t("action"), kind: "select", options: actions.map((a) => ({ value: a, label: a })) },
        { name: "outcome", label: t("outcome"), kind: "select", options: OUTCOMES.map((o) => ({ value: o, label: t(`outcomes.${o}`) })) },
        { name: "actor", label: t("actor"), kind: "text" },
        { name: "target", label: t("target"), kind: "text" },
        { name: "key", label: t("idempotencyKey"), kind: "text" },
        { name: "from", label: t("from"), kind: "date" },
        { name: "to", label: t("to"), kind: "date" },
      ]}
    >
      <Button asChild variant="outline">
        <a href={exportHref} download>
          <Download aria-hidden /> {t("exportCsv")}
        </a>
      </Button>
    </FilterBar>
  );
}
