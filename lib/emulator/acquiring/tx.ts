import type { Ctx, Runtime, WebhookEvent } from "../core/context";
import type { Sql } from "../db";

/**
 * One unit of acquiring work: a transaction, the emulated "now", and a webhook sink. API
 * handlers get it from the pipeline's context; the hosted pages and the scheduler open their
 * own (write lock + transaction, events published after commit), as issuing's IDV page does.
 */
export interface AcqTx {
  rt: Runtime;
  sql: Sql;
  now: Date;
  /** `type` null means "no documented event" (see fidelity EVENTS) and sends nothing. */
  emit(accountId: string, type: string | null, sourceId: string, data: Record<string, unknown>): void;
}

export function ctxTx(ctx: Ctx): AcqTx {
  return {
    rt: ctx.rt,
    sql: ctx.sql,
    now: ctx.now,
    emit: (_accountId, type, sourceId, data) => {
      if (type) ctx.emit({ eventName: "ACQUIRING", eventType: type, sourceId, data });
    },
  };
}

export function runTx<T>(rt: Runtime, fn: (tx: AcqTx) => Promise<T>): Promise<T> {
  return rt.mutex.run(async () => {
    const events: WebhookEvent[] = [];
    const result = await rt.db.transaction((sql) =>
      fn({
        rt,
        sql,
        now: rt.clock.now(),
        emit: (accountId, type, sourceId, data) => {
          if (type) events.push({ accountId, eventName: "ACQUIRING", eventType: type, sourceId, data });
        },
      }),
    );
    rt.webhooks.publish(events);
    return result;
  });
}
