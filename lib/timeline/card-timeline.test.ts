import { describe, expect, it } from "vitest";
import { expectedWebhooks, mergeTimeline, type OperationPart, type WebhookPart } from "./card-timeline";

const op = (id: string, kind: string, at: string, state: OperationPart["state"] = "succeeded"): OperationPart => ({
  id, kind, state, actorEmail: "ops@example.com", idempotencyKey: `key-${id}`, errorCode: null, attempts: 1, createdAt: new Date(at),
});
const hook = (id: string, eventType: string, at: string, cardStatus: string | null = null): WebhookPart => ({
  id, eventType, eventId: `evt-${id}`, cardStatus, deliveryCount: 1, applyResult: "applied", receivedAt: new Date(at),
});

describe("card timeline", () => {
  it("merges operations, webhooks and transactions newest first", () => {
    const entries = mergeTimeline({
      operations: [op("o1", "card.create", "2026-01-01T00:00:00Z"), op("o2", "card.freeze", "2026-01-01T00:05:00Z")],
      webhooks: [hook("w1", "card.create.succeeded", "2026-01-01T00:00:03Z")],
      transactions: [{ id: "t1", type: "AUTHORIZATION", status: "APPROVED", amount: "10", currency: "USD", merchant: "Shop", time: "2026-01-01T08:02:00+08:00" }],
    });
    expect(entries.map((e) => `${e.source}:${e.id}`)).toEqual(["operation:o2", "transaction:t1", "webhook:w1", "operation:o1"]);
  });

  it("ticks off each expected webhook once, matching the status it should carry", () => {
    const ops = [op("o1", "card.freeze", "2026-01-01T00:00:00Z"), op("o2", "card.unfreeze", "2026-01-01T00:01:00Z"), op("o3", "card.cancel", "2026-01-01T00:02:00Z"), op("o4", "card.recharge", "2026-01-01T00:03:00Z", "failed")];
    const hooks = [hook("w1", "card.status.update.succeeded", "2026-01-01T00:00:02Z", "FROZEN"), hook("w2", "card.status.update.succeeded", "2026-01-01T00:01:02Z", "ACTIVE")];
    const expected = expectedWebhooks(ops, hooks);
    expect(expected.map((e) => [e.operationKind, e.cardStatus, e.arrived?.id ?? null])).toEqual([
      ["card.cancel", "PRE_CANCEL", null],
      ["card.unfreeze", "ACTIVE", "w2"],
      ["card.freeze", "FROZEN", "w1"],
    ]);
  });
});
