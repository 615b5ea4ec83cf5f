import type { Account, Ctx, Handler, Runtime, WebhookEvent } from "./context";

/**
 * Calls an API handler in-process, with the same write lock, transaction and webhook
 * publication as an HTTP call — used by the demo seed, so seeded data obeys every rule.
 */
export async function invoke(
  rt: Runtime,
  account: Account,
  handler: Handler,
  input: { params?: Record<string, string>; body?: Record<string, unknown>; query?: Record<string, string> } = {},
): Promise<Record<string, unknown>> {
  return rt.mutex.run(async () => {
    const events: WebhookEvent[] = [];
    const result = await rt.db.transaction(async (sql) => {
      const ctx: Ctx = {
        rt,
        sql,
        now: rt.clock.now(),
        account,
        params: input.params ?? {},
        query: new URLSearchParams(input.query ?? {}),
        body: input.body ?? {},
        emit: (event) => events.push({ eventName: "ISSUING", ...event, accountId: account.account_id }),
      };
      return handler(ctx);
    });
    rt.webhooks.publish(events);
    return result as Record<string, unknown>;
  });
}
