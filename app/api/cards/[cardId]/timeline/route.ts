import { polledGet } from "@/lib/api/polled-get";
import { getCardTimeline } from "@/lib/timeline/load";

export async function GET(_request: Request, { params }: { params: Promise<{ cardId: string }> }) {
  const { cardId } = await params;
  return polledGet(() => getCardTimeline(cardId));
}
