import { Link } from "@/components/link";
import { getTranslations } from "next-intl/server";
import { CardStatusBadge } from "@/components/card-status-badge";
import { ReadFailurePanel } from "@/components/read-failure";
import type { Settled } from "@/lib/data/failure";
import type { CardCounts as Counts } from "@/lib/data/overview";
import { cn } from "@/lib/utils";

export async function CardCounts({ data, canIssue }: { data: Promise<Settled<Counts>>; canIssue: boolean }) {
  const [result, t] = await Promise.all([data, getTranslations("overview.cards")]);
  if (!result.ok) return <ReadFailurePanel title={t("failed")} failure={result.failure} />;
  const { total, byStatus, other } = result.data;
  if (total === 0) {
    return (
      <div className="grid justify-items-center gap-2 py-6 text-sm text-muted-foreground">
        <p>{t("empty")}</p>
        {canIssue ? (
          <Link href="/cards/new" className="text-primary underline-offset-2 hover:underline">
            {t("issueFirst")}
          </Link>
        ) : null}
      </div>
    );
  }
  return (
    <div className="grid gap-3">
      <p className="text-sm text-muted-foreground">
        <span className="text-2xl font-semibold tabular-nums text-foreground">{total}</span> {t("total", { count: total })}
      </p>
      <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3">
        {byStatus.map(({ status: s, count }) => (
          <li key={s}>
            {/* The name reads "Active 2 cards": the visible words first, then the noun for screen readers. */}
            <Link href={`/cards?status=${s}`} className="flex items-center justify-between gap-2 rounded-md border px-3 py-2 hover:bg-secondary">
              <CardStatusBadge status={s} />{" "}
              <span className={cn("tabular-nums", count === 0 ? "font-normal text-muted-foreground" : "font-semibold")}>
                {count}
                <span className="sr-only"> {t("cardsNoun", { count })}</span>
              </span>
            </Link>
          </li>
        ))}
        {other > 0 ? (
          <li className="flex items-center justify-between gap-2 rounded-md border px-3 py-2 text-sm">
            <span>{t("other")}</span>
            <span className="font-semibold tabular-nums">{other}</span>
          </li>
        ) : null}
      </ul>
    </div>
  );
}
