import { useTranslations } from "next-intl";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { StepResult } from "@/lib/sandbox/run-types";

const json = (value: unknown) => (value === undefined ? "—" : JSON.stringify(value, null, 2));

function Block({ label, value }: { label: string; value: unknown }) {
  return (
    <div className="grid min-w-0 gap-1">
      <p className="text-xs font-medium text-muted-foreground">{label}</p>
      <pre className="max-h-64 overflow-auto rounded bg-muted p-2 text-[11px]">{json(value)}</pre>
    </div>
  );
}

/**
 * Request (its headers apart, as recorded: secrets already masked by the runner), response,
 * expected vs actual, concurrent copies, HTTP attempts (retries), webhook and guidance of one step.
 */
export function StepDetails({ step }: { step: StepResult }) {
  const t = useTranslations("sandbox.step");
  const { headers, ...request } = step.request?.kind === "api" ? step.request : { headers: undefined, ...step.request };
  return (
    <div className="mt-2 grid gap-3 text-sm">
      {step.note ? <p className={step.status === "failed" ? "text-destructive" : "text-muted-foreground"}>{step.note}</p> : null}
      <div className="grid gap-3 lg:grid-cols-2">
        <div className="grid min-w-0 content-start gap-3">
          <Block label={t("request")} value={step.request ? request : undefined} />
          {headers ? <Block label={t("requestHeaders")} value={headers} /> : null}
        </div>
        <Block label={t("response")} value={step.response} />
      </div>
      {step.checks.length > 0 ? (
        <Table aria-label={t("checks")}>
          <TableHeader>
            <TableRow>
              <TableHead>{t("path")}</TableHead>
              <TableHead>{t("expected")}</TableHead>
              <TableHead>{t("actual")}</TableHead>
              <TableHead>{t("result")}</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {step.checks.map((c, i) => (
              <TableRow key={i}>
                <TableCell className="font-mono text-xs">{c.path}</TableCell>
                <TableCell className="font-mono text-xs">{JSON.stringify(c.expected)}</TableCell>
                <TableCell className="font-mono text-xs">{c.actual === undefined ? "—" : JSON.stringify(c.actual)}</TableCell>
                <TableCell className={c.ok ? "text-success" : "text-destructive"}>{c.ok ? t("ok") : t("mismatch")}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}
      {step.copies ? (
        <div data-testid="step-copies">
          <p className="text-xs font-medium text-muted-foreground">{t("copies", { count: step.copies.length })}</p>
          <ul className="font-mono text-xs">
            {step.copies.map((c, i) => (
              <li key={i}>
                #{i + 1} · HTTP {c.status || "—"} · {c.ok ? t("ok") : (c.error?.code ?? t("failedAttempt"))} · {c.matched ? t("copyMatched") : t("copyOther")}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {step.attempts.length > 0 ? (
        <div data-testid="step-attempts">
          <p className="text-xs font-medium text-muted-foreground">{t("attempts", { count: step.attempts.length })}</p>
          <ul className="font-mono text-xs">
            {step.attempts.map((a, i) => (
              <li key={i}>
                #{a.attempt} · HTTP {a.status || "—"} · {a.ok ? t("ok") : (a.errorCode ?? t("failedAttempt"))} · {a.durationMs} ms
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {step.polls ? <p className="text-xs text-muted-foreground">{t("polls", { count: step.polls })}</p> : null}
      {step.guidance ? (
        <div className="rounded-md border border-primary/30 bg-primary/5 p-2" data-testid="step-guidance">
          <p className="font-medium">{step.guidance.explanation}</p>
          <p>
            <span className="font-medium">{t("whatToDo")} </span>
            {step.guidance.action}
          </p>
        </div>
      ) : null}
      {step.webhook ? (
        step.webhook.received ? (
          <Block label={t("webhook", { type: step.webhook.expected, status: step.webhook.received.status })} value={step.webhook.received.payload} />
        ) : (
          <p className="text-xs text-muted-foreground">{t("webhookMissing", { type: step.webhook.expected })}</p>
        )
      ) : null}
      {step.webhookOrder ? <Block label={t("webhookOrder")} value={step.webhookOrder} /> : null}
      {step.clockAfter ? <p className="text-xs text-muted-foreground">{t("clockAfter", { now: step.clockAfter })}</p> : null}
    </div>
  );
}
