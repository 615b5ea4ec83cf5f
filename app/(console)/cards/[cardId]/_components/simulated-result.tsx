import { useTranslations } from "next-intl";
import { Money } from "@/components/money";
import { Badge } from "@/components/ui/badge";
import type { CardTransactionView } from "@/lib/cards/view";

/** The transaction a simulation produced and the card's available balance afterwards. */
export function SimulatedResult({ transaction, balance, currency }: { transaction: CardTransactionView; balance: string | null; currency: string }) {
  const t = useTranslations("cards");
  const approved = transaction.status === "APPROVED";
  return (
    <div role="status" data-testid="simulation-result" className="grid gap-1 rounded-md border p-3 text-sm">
      <p className="flex flex-wrap items-center gap-2">
        <span className="font-medium">{transaction.type}</span>
        <Badge tone={approved ? "success" : "danger"}>{transaction.status}</Badge>
        <Money amount={transaction.amount} currency={transaction.currency ?? currency} />
      </p>
      {transaction.description ? <p className="text-muted-foreground">{transaction.description}</p> : null}
      <p>
        {t("simulator.newBalance")} <Money amount={balance} currency={currency} className="font-medium" />
      </p>
      <p className="font-mono text-xs text-muted-foreground">{transaction.transactionId}</p>
    </div>
  );
}
