import { Badge } from "@/components/ui/badge";

const TONES: Record<string, "success" | "danger"> = { APPROVED: "success", DECLINED: "danger" };

/** A card transaction's status (APPROVED, DECLINED, PENDING, or what UQPAY may add), as sent. */
export function TransactionStatusBadge({ status }: { status: string | null }) {
  return <Badge tone={(status && TONES[status]) || "neutral"}>{status ?? "—"}</Badge>;
}
