import type { Metadata } from "next";
import { Link } from "@/components/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { ReadFailurePanel } from "@/components/read-failure";
import { requirePageRole } from "@/lib/auth/session";
import { readFailureOf } from "@/lib/data/failure";
import { getPaymentDetail } from "@/lib/payments/data";
import { paymentIntentIdField } from "@/lib/schemas/payments";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("payments"))("return.title") };
}

/**
 * Where UQPAY's 3DS page (or a wallet page) sends the customer back, with `payment_intent_id` in
 * the query. The intent is read once so an unknown id is explained here, then its page takes over.
 */
export default async function PaymentReturnPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requirePageRole("viewer");
  const t = await getTranslations("payments");
  const id = paymentIntentIdField.safeParse((await searchParams).payment_intent_id ?? "");
  let failure: unknown = null;
  if (id.success) {
    try {
      await getPaymentDetail(id.data);
    } catch (error) {
      failure = error;
    }
    if (!failure) redirect(`/payments/${id.data}`);
  }
  return (
    <>
      <PageHeader title={t("return.title")} />
      {failure ? (
        <ReadFailurePanel title={t("return.loadFailed")} failure={await readFailureOf(failure)} />
      ) : (
        <p className="text-sm text-muted-foreground">{t("return.missingId")}</p>
      )}
      <Link href="/payments" className="mt-4 inline-block text-sm underline-offset-2 hover:underline">
        ← {t("title")}
      </Link>
    </>
  );
}
