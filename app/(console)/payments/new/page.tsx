import type { Metadata } from "next";
import { Link } from "@/components/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { requirePageRole } from "@/lib/auth/session";
import { activeConnection } from "@/lib/connections";
import { consoleReturnUrl } from "@/lib/payments/return-url";
import { paymentText } from "../_components/payment-text";
import { initialCard } from "../_components/test-card";
import { CreatePaymentForm } from "./_components/islands";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("payments"))("new.title") };
}

export default async function NewPaymentPage() {
  await requirePageRole("operator");
  const t = await getTranslations("payments");
  const [connection, returnUrl] = await Promise.all([activeConnection(), consoleReturnUrl()]);
  return (
    <>
      <Link href="/payments" className="mb-2 inline-block text-sm text-muted-foreground hover:underline">
        ← {t("title")}
      </Link>
      <PageHeader title={t("new.title")} description={t("new.description")} />
      {connection ? (
        <CreatePaymentForm returnUrl={returnUrl} initialCard={initialCard(connection.environment)} text={await paymentText()} />
      ) : (
        <p className="text-sm text-muted-foreground">{t("noConnection")}</p>
      )}
    </>
  );
}
