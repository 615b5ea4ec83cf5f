import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { requirePageRole } from "@/lib/auth/session";
import { listIssueProducts } from "@/lib/data/card-issuing";
import { getCardDetail, listCardTransactions } from "@/lib/data/cards";
import { getCardTimeline } from "@/lib/timeline/load";
import { isUqpayError } from "@/lib/uqpay";
import { ReadFailurePanel } from "@/components/read-failure";
import { readFailureOf } from "@/lib/data/failure";
import { CardLive } from "./_components/card-live";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("cards"))("detail.title") };
}

export default async function CardPage({ params }: { params: Promise<{ cardId: string }> }) {
  const user = await requirePageRole("viewer");
  const { cardId } = await params;
  const t = await getTranslations("cards");
  const [detail, transactions, products, timeline] = await Promise.allSettled([
    getCardDetail(cardId),
    listCardTransactions(cardId),
    listIssueProducts(),
    getCardTimeline(cardId),
  ]);
  if (detail.status === "rejected") {
    if (isUqpayError(detail.reason) && detail.reason.code === "card_not_found") notFound();
    return (
      <>
        <PageHeader title={t("detail.title")} />
        <ReadFailurePanel title={t("load.title")} failure={await readFailureOf(detail.reason)} />
      </>
    );
  }
  const product = products.status === "fulfilled" ? products.value.find((p) => p.productId === detail.value.card.productId) : undefined;
  return (
    <>
      <Link href="/cards" className="mb-2 inline-block text-sm text-muted-foreground hover:underline">
        ← {t("title")}
      </Link>
      <PageHeader title={detail.value.card.maskedNumber ?? t("detail.title")} description={detail.value.card.cardId} />
      <CardLive
        initial={detail.value}
        initialTransactions={transactions.status === "fulfilled" ? transactions.value : []}
        initialTimeline={timeline.status === "fulfilled" ? timeline.value : null}
        productLabel={product?.label ?? null}
        role={user.role}
      />
    </>
  );
}
