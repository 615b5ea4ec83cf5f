import type { PaymentDetail } from "@/lib/payments/data";
import { getJson } from "./fetch-json";

// Browser-side reads of the console's own payments GET route (DESIGN §3). Query keys live here.

export const paymentKeys = {
  all: ["payments"] as const,
  detail: (paymentIntentId: string) => ["payments", "detail", paymentIntentId] as const,
};

export const fetchPaymentDetail = (paymentIntentId: string, signal?: AbortSignal) =>
  getJson<PaymentDetail>(`/api/payments/${encodeURIComponent(paymentIntentId)}`, signal);
