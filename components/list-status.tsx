"use client";

import type { UseQueryResult } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";

/**
 * The states around a list that refreshes in the browser: notices about the query (a narrowed
 * range, a truncated scan), a failure with a retry that keeps the rows already shown, the first
 * load, and the rows themselves marked busy while the next page loads.
 */
export function ListStatus({
  query,
  loadingNext,
  notices = [],
  children,
}: {
  query: Pick<UseQueryResult, "isError" | "isPending" | "data" | "refetch">;
  loadingNext: boolean;
  notices?: (string | false | null | undefined)[];
  children: ReactNode;
}) {
  const t = useTranslations("lists");
  return (
    <>
      {notices.filter(Boolean).map((notice) => (
        <p key={notice as string} role="status" className="text-sm text-warning">
          {notice}
        </p>
      ))}
      {query.isError ? (
        <div role="alert" className="rounded-md border border-destructive/40 bg-destructive/5 p-3 text-sm">
          {query.data ? t("refreshFailed") : t("loadFailed")}{" "}
          <Button variant="link" size="sm" onClick={() => query.refetch()}>
            {t("retry")}
          </Button>
        </div>
      ) : null}
      {query.data ? (
        <div aria-busy={loadingNext} className={loadingNext ? "opacity-60 transition-opacity" : undefined}>
          {children}
        </div>
      ) : query.isPending ? (
        <p role="status" className="text-sm text-muted-foreground">
          {t("loading")}
        </p>
      ) : null}
      {loadingNext ? (
        <p role="status" className="text-sm text-muted-foreground">
          {t("loading")}
        </p>
      ) : null}
    </>
  );
}
