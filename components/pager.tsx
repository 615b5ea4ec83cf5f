import { ChevronLeft, ChevronRight } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";

/**
 * Previous/next links that keep every other search param (the filters), so a paged, filtered
 * view is a URL that can be shared.
 */
export async function Pager({
  pathname,
  searchParams,
  page,
  totalPages,
  totalItems,
}: {
  pathname: string;
  searchParams: Record<string, string | undefined>;
  page: number;
  totalPages: number;
  totalItems: number;
}) {
  const t = await getTranslations("pager");
  const href = (n: number) => {
    const params = new URLSearchParams(Object.entries(searchParams).filter((e): e is [string, string] => Boolean(e[1])));
    params.set("page", String(n));
    return `${pathname}?${params}`;
  };
  return (
    <nav aria-label={t("label")} className="flex items-center justify-between gap-3 pt-3 text-sm text-muted-foreground">
      <span>{t("summary", { page, totalPages, totalItems })}</span>
      <div className="flex gap-2">
        <Button asChild={page > 1} variant="outline" size="sm" disabled={page <= 1}>
          {page > 1 ? (
            <Link href={href(page - 1)} rel="prev">
              <ChevronLeft aria-hidden /> {t("previous")}
            </Link>
          ) : (
            <span>
              <ChevronLeft aria-hidden /> {t("previous")}
            </span>
          )}
        </Button>
        <Button asChild={page < totalPages} variant="outline" size="sm" disabled={page >= totalPages}>
          {page < totalPages ? (
            <Link href={href(page + 1)} rel="next">
              {t("next")} <ChevronRight aria-hidden />
            </Link>
          ) : (
            <span>
              {t("next")} <ChevronRight aria-hidden />
            </span>
          )}
        </Button>
      </div>
    </nav>
  );
}
