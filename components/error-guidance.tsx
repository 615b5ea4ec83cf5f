import { CircleAlert } from "@/components/icons";
import { useTranslations } from "next-intl";
import type { ActionFailure } from "@/lib/actions/result";

/** A failed action explained: what happened, what to do, and UQPAY's own code and words. */
export function ErrorGuidance({ failure }: { failure: ActionFailure | null }) {
  const t = useTranslations("guidance");
  if (!failure) return null;
  return (
    <div data-testid="error-guidance" aria-live="polite" className="grid gap-1.5 rounded-md border border-destructive/40 bg-destructive/5 p-3 text-sm">
      <p className="flex items-start gap-2 font-medium text-destructive">
        <CircleAlert className="mt-0.5 size-4 shrink-0" aria-hidden />
        {failure.message}
      </p>
      {failure.guidance ? (
        <p>
          <span className="font-medium">{t("whatToDo")} </span>
          {failure.guidance.action}
        </p>
      ) : null}
      {failure.outcome === "unknown" ? <p className="text-warning">{t("outcomeUnknown")}</p> : null}
      {failure.upstream ? (
        <p className="font-mono text-xs text-muted-foreground">
          {t("upstream", { status: failure.upstream.httpStatus, code: failure.code })} — {failure.upstream.message}
        </p>
      ) : null}
    </div>
  );
}
