import { useTranslations } from "next-intl";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { summarize } from "@/lib/sandbox/run-types";
import type { RunRecord } from "@/lib/sandbox/runs";
import { RunStatusBadge } from "./run-status-badge";
import { StepDetails } from "./step-details";

/**
 * One run, rendered on the server (the page refreshes itself while the run is running); each step
 * opens to its details with a native <details>, which stays open across refreshes.
 */
export function RunView({ run: data, titles }: { run: RunRecord | null; titles: Record<string, string> }) {
  const t = useTranslations("sandbox");
  if (!data) return <p className="text-sm text-muted-foreground">{t("run.loadFailed")}</p>;
  const counts = summarize(data);
  return (
    <Card data-testid="scenario-run" aria-label={t("run.label", { title: titles[data.scenario] ?? data.scenario })}>
      <CardHeader>
        <CardTitle className="flex flex-wrap items-center gap-2">
          {titles[data.scenario] ?? data.scenario}
          <RunStatusBadge status={data.status} testId="run-status" />
        </CardTitle>
        <CardDescription>
          {t("run.meta", { connection: data.connectionName, environment: data.environment, by: data.actorEmail ?? "—" })} ·{" "}
          {t("run.counts", { passed: counts.passed, failed: counts.failed, skipped: counts.skipped, total: counts.total })}
        </CardDescription>
        {data.error ? <p className="text-sm text-destructive">{data.error}</p> : null}
      </CardHeader>
      <CardContent>
        <ol className="grid gap-2">
          {data.steps.map((step, i) => {
            const retries = step.attempts.filter((a) => !a.ok).length;
            return (
              <li key={step.id} data-testid="scenario-step" data-status={step.status} aria-label={step.title} className="rounded-md border p-2">
                <details>
                  <summary className="flex cursor-pointer flex-wrap items-center gap-2 text-sm">
                    <span className="w-6 text-right text-muted-foreground">{i + 1}.</span>
                    <RunStatusBadge status={step.status} testId="step-status" />
                    <span className="font-medium">{step.title}</span>
                    {step.durationMs !== undefined ? <span className="text-xs text-muted-foreground">{t("run.ms", { ms: step.durationMs })}</span> : null}
                    {retries > 0 ? <span className="text-xs text-warning">{t("run.retries", { count: retries })}</span> : null}
                    {step.webhook?.received ? <span className="text-xs text-muted-foreground">{t("run.webhookArrived", { type: step.webhook.received.eventType })}</span> : null}
                  </summary>
                  <StepDetails step={step} />
                </details>
              </li>
            );
          })}
        </ol>
      </CardContent>
    </Card>
  );
}
