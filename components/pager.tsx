import { ChevronLeft, ChevronRight } from "@/components/icons";
import { useTranslations } from "next-intl";
import { Link } from "@/components/link";
import { buttonVariants } from "@/components/ui/button-variants";

const STEP = buttonVariants({ variant: "outline", size: "sm" });

/**
 * Previous/next links that keep every other search param (the filters), so a paged, filtered
 * view is a URL that can be shared. Server-rendered; under an InPlaceList (`inPlace`) the links
 * change the list in place.
 */
export function Pager({
  pathname,
  searchParams,
  page,
  totalPages,
  totalItems,
  inPlace = false,
}: {
  pathname: string;
  searchParams: Record<string, string | undefined>;
  page: number;
  totalPages: number;
  totalItems: number;
  inPlace?: boolean;
}) {
  const t = useTranslations("pager");
  const href = (n: number) => {
    const params = new URLSearchParams(Object.entries(searchParams).filter((e): e is [string, string] => Boolean(e[1]) && e[0] !== "page"));
    params.set("page", String(n));
    return `${pathname}?${params}`;
  };
  const step = (n: number, enabled: boolean, rel: "prev" | "next") => {
    const label =
      rel === "prev" ? (
        <>
          <ChevronLeft aria-hidden /> {t("previous")}
        </>
      ) : (
        <>
          {t("next")} <ChevronRight aria-hidden />
        </>
      );
    return enabled ? (
      <Link href={href(n)} rel={rel} className={STEP} data-in-place={inPlace || undefined}>
        {label}
      </Link>
    ) : (
      <button type="button" disabled className={STEP}>
        {label}
      </button>
    );
  };
  return (
    <nav aria-label={t("label")} className="flex items-center justify-between gap-3 pt-3 text-sm text-muted-foreground">
      <span>{t("summary", { page, totalPages, totalItems })}</span>
      <div className="flex gap-2">
        {step(page - 1, page > 1, "prev")}
        {step(page + 1, page < totalPages, "next")}
      </div>
    </nav>
  );
}
