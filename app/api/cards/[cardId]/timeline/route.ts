import { cardsGet } from "@/lib/cards/route";
import { getCardTimeline } from "@/lib/timeline/load";

export async function GET(_request: Request, { params }: { params: Promise<{ cardId: string }> }) {
  const { cardId } = await params;
  return cardsGet(() => getCardTimeline(cardId));
}
