import { parseUqpayTime } from "@/lib/webhooks/envelope";

export type OperationPart = {
  id: string;
  kind: string;
  state: "pending" | "succeeded" | "failed";
  actorEmail: string | null;
  idempotencyKey: string;
  errorCode: string | null;
  attempts: number;
  createdAt: Date;
};
export type WebhookPart = { id: string; eventType: string | null; eventId: string | null; cardStatus: string | null; deliveryCount: number; applyResult: string | null; receivedAt: Date };
export type TransactionPart = { id: string; type: string | null; status: string | null; amount: string | null; currency: string | null; merchant: string | null; time: string | null };

export type TimelineEntry =
  | ({ source: "operation"; at: Date } & OperationPart)
  | ({ source: "webhook"; at: Date } & WebhookPart)
  | ({ source: "transaction"; at: Date } & TransactionPart);

export type Expectation = { operationId: string; operationKind: string; eventType: string; cardStatus?: string; arrived: WebhookPart | null };

// What UQPAY sends when each console operation on a card completes (seed 000/002, webhooks.md §4).
const EXPECTED: Record<string, { eventType: string; cardStatus?: string }> = {
  "card.create": { eventType: "card.create.succeeded" },
  "card.freeze": { eventType: "card.status.update.succeeded", cardStatus: "FROZEN" },
  "card.unfreeze": { eventType: "card.status.update.succeeded", cardStatus: "ACTIVE" },
  "card.cancel": { eventType: "card.status.update.succeeded", cardStatus: "PRE_CANCEL" },
  "card.recharge": { eventType: "card.recharge.succeeded" },
  "card.withdraw": { eventType: "card.withdraw.succeeded" },
  "card.update": { eventType: "card.update.succeeded" },
  "simulator.authorize": { eventType: "issuing.transaction.authorization" },
  "simulator.reverse": { eventType: "issuing.transaction.reversal" },
};

/** One chronological story of a card: the console's operations, UQPAY's webhooks, its transactions. */
export function mergeTimeline(parts: { operations: OperationPart[]; webhooks: WebhookPart[]; transactions: TransactionPart[] }): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    ...parts.operations.map((o) => ({ source: "operation" as const, at: o.createdAt, ...o })),
    ...parts.webhooks.map((w) => ({ source: "webhook" as const, at: w.receivedAt, ...w })),
    ...parts.transactions.map((t) => ({ source: "transaction" as const, at: parseUqpayTime(t.time) ?? new Date(0), ...t })),
  ];
  // Newest first; ties keep cause before effect (operation, then webhook, then transaction).
  const rank = { operation: 0, webhook: 1, transaction: 2 } as const;
  return entries.sort((a, b) => b.at.getTime() - a.at.getTime() || rank[b.source] - rank[a.source]);
}

/**
 * For each successful operation, the webhook it should produce and whether it has arrived: the
 * first matching event received after the operation started, each event used once.
 */
export function expectedWebhooks(operations: OperationPart[], webhooks: WebhookPart[]): Expectation[] {
  const used = new Set<string>();
  const byTime = [...webhooks].sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime());
  return [...operations]
    .filter((o) => o.state === "succeeded" && EXPECTED[o.kind])
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
    .map((o) => {
      const want = EXPECTED[o.kind];
      const arrived =
        byTime.find(
          (w) => !used.has(w.id) && w.eventType === want.eventType && (!want.cardStatus || w.cardStatus === want.cardStatus) && w.receivedAt.getTime() >= o.createdAt.getTime() - 1000,
        ) ?? null;
      if (arrived) used.add(arrived.id);
      return { operationId: o.id, operationKind: o.kind, eventType: want.eventType, cardStatus: want.cardStatus, arrived };
    })
    .reverse();
}
