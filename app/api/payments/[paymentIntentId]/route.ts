import { getPaymentDetail } from "@/lib/payments/data";
import { polledGet } from "@/lib/api/polled-get";

/** The payment page polls this while the customer acts (3DS, QR) or UQPAY settles a PENDING payment. */
export async function GET(_request: Request, { params }: { params: Promise<{ paymentIntentId: string }> }) {
  const { paymentIntentId } = await params;
  return polledGet(() => getPaymentDetail(paymentIntentId));
}
