import { Link } from "@/components/link";
import { getTranslations } from "next-intl/server";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { UqpayTime } from "@/components/uqpay-time";
import { summarize } from "@/lib/sandbox/run-types";
import type { RunRecord } from "@/lib/sandbox/runs";
import { RunStatusBadge } from "./run-status-badge";

export async function RunHistory({ runs, titles }: { runs: RunRecord[]; titles: Record<string, string> }) {
  const t = await getTranslations("sandbox.history");
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
      </CardHeader>
      <CardContent>
        {runs.length === 0 ? (
          <p className="text-sm text-muted-foreground">{t("empty")}</p>
        ) : (
          <Table aria-label={t("title")}>
            <TableHeader>
              <TableRow>
                <TableHead>{t("scenario")}</TableHead>
                <TableHead>{t("status")}</TableHead>
                <TableHead>{t("steps")}</TableHead>
                <TableHead>{t("connection")}</TableHead>
                <TableHead>{t("by")}</TableHead>
                <TableHead>{t("started")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {runs.map((run) => {
                const s = summarize(run);
                return (
                  <TableRow key={run.id}>
                    <TableCell>
                      <Link className="underline-offset-2 hover:underline" href={`/sandbox?run=${run.id}`}>
                        {titles[run.scenario] ?? run.scenario}
                      </Link>
                    </TableCell>
                    <TableCell>
                      <RunStatusBadge status={run.status} />
                    </TableCell>
                    <TableCell>{t("stepCounts", { passed: s.passed, total: s.total })}</TableCell>
                    <TableCell>{run.connectionName}</TableCell>
                    <TableCell>{run.actorEmail ?? "—"}</TableCell>
                    <TableCell>
                      <UqpayTime value={run.startedAt} />
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}
