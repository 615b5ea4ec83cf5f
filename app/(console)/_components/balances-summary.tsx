import { getTranslations } from "next-intl/server";
import { Money } from "@/components/money";
import { ReadFailurePanel } from "@/components/read-failure";
import type { Settled } from "@/lib/data/failure";
import type { BalanceView } from "@/lib/data/overview";

export async function BalancesSummary({ data }: { data: Promise<Settled<BalanceView[]>> }) {
  const [result, t] = await Promise.all([data, getTranslations("overview.balances")]);
  if (!result.ok) return <ReadFailurePanel title={t("failed")} failure={result.failure} />;
  if (result.data.length === 0) return <p className="py-6 text-center text-sm text-muted-foreground">{t("empty")}</p>;
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      {result.data.map((b) => (
        <div key={b.currency} role="group" aria-label={t("in", { currency: b.currency })} className="grid gap-1 rounded-md border p-3">
          <span className="text-xs text-muted-foreground">
            {b.currency} · {t("available")}
          </span>
          <Money amount={b.available} currency={b.currency} className="text-xl font-semibold" />
          <span className="flex flex-wrap gap-x-3 text-xs text-muted-foreground">
            <span>
              {t("frozen")} <Money amount={b.frozen} currency={b.currency} />
            </span>
            <span>
              {t("margin")} <Money amount={b.margin} currency={b.currency} />
            </span>
          </span>
        </div>
      ))}
    </div>
  );
}
