import { CircleAlert } from "@/components/icons";
import type { ReadFailure } from "@/lib/data/failure";

/** A page section that could not be read from UQPAY: what happened and what to do. */
export function ReadFailurePanel({ title, failure }: { title: string; failure: ReadFailure }) {
  return (
    <div data-testid="read-failure" className="grid gap-1 rounded-md border border-destructive/40 bg-destructive/5 p-4 text-sm">
      <p className="flex items-center gap-2 font-medium text-destructive">
        <CircleAlert className="size-4" aria-hidden />
        {title}
      </p>
      <p>{failure.message}</p>
      {failure.action ? <p className="text-muted-foreground">{failure.action}</p> : null}
      {failure.code ? <p className="font-mono text-xs text-muted-foreground">{failure.code}</p> : null}
    </div>
  );
}
