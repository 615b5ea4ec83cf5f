import type { Metadata } from "next";
import { Link } from "@/components/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { ReadFailurePanel } from "@/components/read-failure";
import { requirePageRole } from "@/lib/auth/session";
import { readFailureOf } from "@/lib/data/failure";
import { getPaymentDetail } from "@/lib/payments/data";
import { isUqpayError } from "@/lib/uqpay";
import { PaymentLive } from "./_components/payment-live";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("payments"))("detail.title") };
}

export default async function PaymentPage({ params }: { params: Promise<{ paymentIntentId: string }> }) {
  const user = await requirePageRole("viewer");
  const { paymentIntentId } = await params;
  const t = await getTranslations("payments");
  const back = (
    <Link href="/payments" className="mb-2 inline-block text-sm text-muted-foreground hover:underline">
      ← {t("title")}
    </Link>
  );
  const detail = await getPaymentDetail(paymentIntentId).catch((error: unknown) => ({ error }));
  if ("error" in detail) {
    if (isUqpayError(detail.error) && /not_found/.test(detail.error.code)) notFound();
    return (
      <>
        {back}
        <PageHeader title={t("detail.title")} description={paymentIntentId} />
        <ReadFailurePanel title={t("detail.loadFailed")} failure={await readFailureOf(detail.error)} />
      </>
    );
  }
  return (
    <>
      {back}
      <PageHeader title={detail.intent.description ?? t("detail.title")} description={paymentIntentId} />
      <PaymentLive detail={detail} role={user.role} />
    </>
  );
}
