import { cardsGet } from "@/lib/cards/route";
import { listCardTransactions } from "@/lib/data/cards";

export async function GET(_request: Request, { params }: { params: Promise<{ cardId: string }> }) {
  const { cardId } = await params;
  return cardsGet(() => listCardTransactions(cardId));
}
