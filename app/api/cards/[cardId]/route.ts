import { polledGet } from "@/lib/api/polled-get";
import { getCardDetail } from "@/lib/data/cards";

export async function GET(_request: Request, { params }: { params: Promise<{ cardId: string }> }) {
  const { cardId } = await params;
  return polledGet(() => getCardDetail(cardId));
}
