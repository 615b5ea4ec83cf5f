import { getPaymentDetail } from "@/lib/payments/data";
import { paymentsGet } from "@/lib/payments/route";

/** The payment page polls this while the customer acts (3DS, QR) or UQPAY settles a PENDING payment. */
export async function GET(_request: Request, { params }: { params: Promise<{ paymentIntentId: string }> }) {
  const { paymentIntentId } = await params;
  return paymentsGet(() => getPaymentDetail(paymentIntentId));
}
