"use client";

import { useErrorStrings } from "@/components/error-strings";
import { buttonVariants } from "@/components/ui/button-variants";

export default function ConsoleError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useErrorStrings();
  return (
    <div className="mx-auto mt-12 flex max-w-md flex-col items-center gap-3 text-center">
      {t.icon}
      <h1 className="text-lg font-semibold">{t.title}</h1>
      <p className="text-sm text-muted-foreground">{t.body}</p>
      {error.digest ? <p className="font-mono text-xs text-muted-foreground">ref {error.digest}</p> : null}
      <button type="button" className={buttonVariants()} onClick={reset}>
        {t.retry}
      </button>
    </div>
  );
}
