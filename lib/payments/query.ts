import type { PaymentDetail } from "./data";

// Browser-side reads of the console's own payments GET route (DESIGN §3). Query keys live here.

export const paymentKeys = {
  all: ["payments"] as const,
  detail: (paymentIntentId: string) => ["payments", "detail", paymentIntentId] as const,
};

export class PaymentFetchError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
  ) {
    super(code);
    this.name = "PaymentFetchError";
  }
}

export async function fetchPaymentDetail(paymentIntentId: string, signal?: AbortSignal): Promise<PaymentDetail> {
  const response = await fetch(`/api/payments/${encodeURIComponent(paymentIntentId)}`, { signal, cache: "no-store", headers: { accept: "application/json" } });
  const body = (await response.json().catch(() => null)) as (PaymentDetail & { code?: string }) | null;
  if (!response.ok || body === null) throw new PaymentFetchError(response.status, body?.code ?? "unexpected");
  return body;
}
