"use client";

import { TriangleAlert } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

export default function ConsoleError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations();
  return (
    <div className="mx-auto mt-12 flex max-w-md flex-col items-center gap-3 text-center">
      <TriangleAlert className="size-8 text-warning" aria-hidden />
      <h1 className="text-lg font-semibold">{t("errors.pageTitle")}</h1>
      <p className="text-sm text-muted-foreground">{t("errors.unexpected")}</p>
      {error.digest ? <p className="font-mono text-xs text-muted-foreground">ref {error.digest}</p> : null}
      <Button onClick={reset}>{t("common.retry")}</Button>
    </div>
  );
}
