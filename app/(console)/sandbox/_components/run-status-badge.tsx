import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { RunStatus, StepStatus } from "@/lib/sandbox/run-types";

const TONES = { passed: "success", failed: "danger", error: "danger", running: "info", pending: "neutral", skipped: "warning" } as const;

/** Green for passed, red for failed: the colour is backed by the word, never the only signal. */
export function RunStatusBadge({ status, testId }: { status: RunStatus | StepStatus; testId?: string }) {
  const t = useTranslations("sandbox.statuses");
  return (
    <Badge tone={TONES[status]} data-testid={testId} data-status={status}>
      {t(status)}
    </Badge>
  );
}
