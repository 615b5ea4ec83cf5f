import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { AuditRow } from "@/lib/audit/query";

const TONES = { success: "success", failure: "danger", denied: "warning", unknown: "warning" } as const;

export async function AuditTable({ rows }: { rows: AuditRow[] }) {
  const t = await getTranslations("audit");
  const format = await getFormatter();
  if (rows.length === 0) return <p className="p-6 text-center text-sm text-muted-foreground">{t("empty")}</p>;
  return (
    <Table aria-label={t("title")}>
      <TableHeader>
        <TableRow>
          <TableHead>{t("at")}</TableHead>
          <TableHead>{t("actor")}</TableHead>
          <TableHead>{t("action")}</TableHead>
          <TableHead>{t("target")}</TableHead>
          <TableHead>{t("outcome")}</TableHead>
          <TableHead>{t("details")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => {
          const key = typeof row.details.idempotency_key === "string" ? row.details.idempotency_key : null;
          const code = typeof row.details.error_code === "string" ? row.details.error_code : null;
          return (
            <TableRow key={row.id}>
              <TableCell className="whitespace-nowrap text-muted-foreground">
                <time dateTime={row.at.toISOString()} title={row.at.toISOString()}>
                  {format.dateTime(row.at, { dateStyle: "medium", timeStyle: "medium" })}
                </time>
              </TableCell>
              <TableCell>
                {row.actorEmail ?? t("anonymous")}
                {row.actorRole ? <span className="ml-1 text-xs text-muted-foreground">({row.actorRole})</span> : null}
              </TableCell>
              <TableCell className="font-mono text-xs">{row.action}</TableCell>
              <TableCell className="max-w-48 truncate font-mono text-xs" title={row.target ?? undefined}>
                {row.target ?? "—"}
              </TableCell>
              <TableCell>
                <Badge tone={TONES[row.outcome]}>{t(`outcomes.${row.outcome}`)}</Badge>
              </TableCell>
              <TableCell className="text-xs">
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
                {Object.keys(row.details).length > 0 ? (
                  <details>
                    <summary className="cursor-pointer text-muted-foreground">{t("showDetails")}</summary>
                    <pre className="mt-1 max-w-md overflow-x-auto rounded bg-muted p-2 text-[11px]">{JSON.stringify(row.details, null, 2)}</pre>
                  </details>
                ) : null}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
