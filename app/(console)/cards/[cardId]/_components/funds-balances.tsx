import { getTranslations } from "next-intl/server";
import { Money } from "@/components/money";
import type { CardView } from "@/lib/cards/view";

/**
 * The funds panel's amounts, formatted on the server and handed to the panel's island: hydrating,
 * the island then builds no Intl.NumberFormat, whose first one in a page costs about 30 ms of main
 * thread (120 ms at Lighthouse's 4x CPU; issue #11).
 */
export async function FundsBalances({ card, issuingAvailable }: { card: CardView; issuingAvailable: string | null }) {
  const t = await getTranslations("cards");
  return (
    <>
      {t("funds.available")} <Money amount={card.availableBalance} currency={card.currency} />
      {issuingAvailable ? (
        <>
          {" · "}
          {t("funds.issuingAvailable")} <Money amount={issuingAvailable} currency={card.currency} />
        </>
      ) : null}
    </>
  );
}
