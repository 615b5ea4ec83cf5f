"use client";

import { useErrorStrings } from "@/components/error-strings";

// buttonVariants()'s classes written out: this boundary is in every console page's first load.
const RETRY_CLASS =
  "inline-flex h-9 items-center justify-center gap-2 whitespace-nowrap rounded-md bg-primary px-4 py-2 text-sm font-medium text-primary-foreground transition-colors hover:bg-primary/90 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring";

export default function ConsoleError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useErrorStrings();
  return (
    <div className="mx-auto mt-12 flex max-w-md flex-col items-center gap-3 text-center">
      {t.icon}
      <h1 className="text-lg font-semibold">{t.title}</h1>
      <p className="text-sm text-muted-foreground">{t.body}</p>
      {error.digest ? <p className="font-mono text-xs text-muted-foreground">ref {error.digest}</p> : null}
      <button type="button" className={RETRY_CLASS} onClick={reset}>
        {t.retry}
      </button>
    </div>
  );
}
