import { getFormatter, getTranslations } from "next-intl/server";
import { ListTable } from "@/components/list-table";
import { Badge } from "@/components/ui/badge";
import type { AuditRow } from "@/lib/audit/query";

const TONES = { success: "success", failure: "danger", denied: "warning", unknown: "warning" } as const;

export async function AuditTable({ rows }: { rows: AuditRow[] }) {
  const t = await getTranslations("audit");
  const format = await getFormatter();
  return (
    <ListTable
      label={t("title")}
      rows={rows}
      rowKey={(row) => String(row.id)}
      empty={t("empty")}
      columns={[
        {
          header: t("at"),
          className: "whitespace-nowrap text-muted-foreground",
          cell: (row) => (
            <time dateTime={row.at.toISOString()} title={row.at.toISOString()}>
              {format.dateTime(row.at, { dateStyle: "medium", timeStyle: "medium" })}
            </time>
          ),
        },
        {
          header: t("actor"),
          cell: (row) => (
            <>
              {row.actorEmail ?? t("anonymous")}
              {row.actorRole ? <span className="ml-1 text-xs text-muted-foreground">({row.actorRole})</span> : null}
            </>
          ),
        },
        { header: t("action"), className: "font-mono text-xs", cell: (row) => row.action },
        {
          header: t("target"),
          className: "max-w-48 truncate font-mono text-xs",
          cell: (row) => <span title={row.target ?? undefined}>{row.target ?? "—"}</span>,
        },
        { header: t("outcome"), cell: (row) => <Badge tone={TONES[row.outcome]}>{t(`outcomes.${row.outcome}`)}</Badge> },
        { header: t("details"), className: "text-xs", cell: (row) => <AuditDetails details={row.details} /> },
      ]}
    />
  );
}

async function AuditDetails({ details }: { details: AuditRow["details"] }) {
  const t = await getTranslations("audit");
  const key = typeof details.idempotency_key === "string" ? details.idempotency_key : null;
  const code = typeof details.error_code === "string" ? details.error_code : null;
  return (
    <>
      {key ? (
        <div>
          {t("idempotencyKey")}: <span className="font-mono">{key}</span>
        </div>
      ) : null}
      {code ? (
        <div className="text-destructive">
          {t("errorCode")}: <span className="font-mono">{code}</span>
        </div>
      ) : null}
      {Object.keys(details).length > 0 ? (
        <details>
          <summary className="cursor-pointer text-muted-foreground">{t("showDetails")}</summary>
          <pre className="mt-1 max-w-md overflow-x-auto rounded bg-muted p-2 text-[11px]">{JSON.stringify(details, null, 2)}</pre>
        </details>
      ) : null}
    </>
  );
}
