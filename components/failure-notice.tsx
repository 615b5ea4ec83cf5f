import { AlertIcon } from "@/components/alert-icon";
import type { ActionFailure } from "@/lib/actions/result";
import { fill, type IslandText } from "@/lib/i18n/fill";

/**
 * A failed action explained: what happened, what to do, and UQPAY's own code and words. `text`
 * holds the catalogue's guidance.* messages (islandText(null, ["guidance", …])).
 */
export function FailureNotice({ failure, text }: { failure: ActionFailure | null; text: IslandText }) {
  if (!failure) return null;
  return (
    <div data-testid="error-guidance" aria-live="polite" className="grid gap-1.5 rounded-md border border-destructive/40 bg-destructive/5 p-3 text-sm">
      <p className="flex items-start gap-2 font-medium text-destructive">
        <AlertIcon className="mt-0.5 size-4 shrink-0" />
        {failure.message}
      </p>
      {failure.guidance ? (
        <p>
          <span className="font-medium">{text["guidance.whatToDo"]} </span>
          {failure.guidance.action}
        </p>
      ) : null}
      {failure.outcome === "unknown" ? <p className="text-warning">{text["guidance.outcomeUnknown"]}</p> : null}
      {failure.upstream ? (
        <p className="font-mono text-xs text-muted-foreground">
          {fill(text["guidance.upstream"] ?? "", { status: failure.upstream.httpStatus, code: failure.code })} — {failure.upstream.message}
        </p>
      ) : null}
    </div>
  );
}
