import { getTranslations } from "next-intl/server";
import { Money } from "@/components/money";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { BalanceView } from "@/lib/data/balances";

export async function BalanceCards({ balances }: { balances: BalanceView[] }) {
  const t = await getTranslations("balances");
  if (balances.length === 0) return <p className="text-sm text-muted-foreground">{t("noBalances")}</p>;
  return (
    <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
      {balances.map((b) => (
        <Card key={b.currency} role="region" aria-label={t("balanceIn", { currency: b.currency })}>
          <CardHeader>
            <CardTitle className="text-sm text-muted-foreground">{b.currency}</CardTitle>
            <Money amount={b.available} currency={b.currency} className="text-2xl font-semibold" />
            <span className="text-xs text-muted-foreground">{t("available")}</span>
          </CardHeader>
          <CardContent className="grid grid-cols-2 gap-2 text-sm">
            <div>
              <div className="text-xs text-muted-foreground">{t("frozen")}</div>
              <Money amount={b.frozen} currency={b.currency} />
            </div>
            <div>
              <div className="text-xs text-muted-foreground">{t("margin")}</div>
              <Money amount={b.margin} currency={b.currency} />
            </div>
          </CardContent>
        </Card>
      ))}
    </div>
  );
}
