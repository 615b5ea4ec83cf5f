import "server-only";
import { isUqpayError, type UqpayError } from "@/lib/uqpay/errors";
import { uqpayClientFor } from "./index";
import type { ConnectionSecrets } from "./store";

export type ProbeResult = { ok: true; tokenMs: number; productsMs: number; productCount: number } | { ok: false; error: UqpayError };

/** "Test connection": an access token, then one page of card products, each timed. */
export async function probeConnection(connection: ConnectionSecrets): Promise<ProbeResult> {
  // A fresh client per probe still shares the token cache, so time the token on its own first.
  const client = uqpayClientFor(connection);
  try {
    const t0 = performance.now();
    await client.verifyCredentials();
    const t1 = performance.now();
    const page = await client.issuing.products.list({ page_size: 10, page_number: 1 }, { timeoutMs: 10_000 });
    const t2 = performance.now();
    return { ok: true, tokenMs: Math.round(t1 - t0), productsMs: Math.round(t2 - t1), productCount: page.total_items };
  } catch (error) {
    if (isUqpayError(error)) return { ok: false, error };
    throw error;
  }
}
