import { getTranslations } from "next-intl/server";
import { Suspense, type ReactNode } from "react";
import { cn } from "@/lib/utils";

/**
 * A page's UQPAY-backed part: the page's header (and what else needs no UQPAY read) is sent with
 * the shell at once, painted in the first frame, and this part streams in when its reads answer,
 * behind a skeleton of about its final height.
 */
export function Pending({ skeleton = "h-64", children }: { skeleton?: string; children: ReactNode }) {
  return <Suspense fallback={<PendingSkeleton className={skeleton} />}>{children}</Suspense>;
}

export async function PendingSkeleton({ className, label }: { className: string; label?: string }) {
  const t = await getTranslations("common");
  return (
    <div aria-busy="true" className="grid gap-2">
      <span className="sr-only">{label ?? t("loading")}</span>
      <div className={cn("animate-pulse rounded-lg bg-muted", className)} />
    </div>
  );
}
