import type { Metadata } from "next";
import { Link } from "@/components/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { IslandMessages } from "@/components/island-messages";
import { LiveWatch } from "@/components/live-watch";
import { PageHeader } from "@/components/page-header";
import { ReadFailurePanel } from "@/components/read-failure";
import { requirePageRole } from "@/lib/auth/session";
import { roleAllows } from "@/lib/auth/roles";
import { allowedActions, isSettling } from "@/lib/cards/status";
import { reversalChoices } from "@/lib/cards/view";
import { listIssueProducts } from "@/lib/data/card-issuing";
import { getCardDetail, listCardTransactions } from "@/lib/data/cards";
import { readFailureOf, settle } from "@/lib/data/failure";
import { jsonDigest } from "@/lib/query/digest";
import { getCardTimeline } from "@/lib/timeline/load";
import { isUqpayError } from "@/lib/uqpay";
import { CardSummary } from "./_components/card-summary";
import { FundsBalances } from "./_components/funds-balances";
import { awaitsWebhooks, CardTimeline } from "./_components/card-timeline";
import { ControlsForm, FundsPanel, SecureDetails, SimulatorPanel, StatusPanel } from "./_components/islands";
import { TransactionsTable } from "./_components/transactions-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("cards"))("detail.title") };
}

// A PENDING card turns ACTIVE within seconds (seed 000); an operation's webhook follows its answer.
const SETTLING_POLL_MS = 1500;
const WAITING_POLL_MS = 2000;
// A read that failed (UQPAY unreachable, say) is tried again, gently, so the page recovers by itself.
const RETRY_POLL_MS = 10_000;

/**
 * The card page, rendered on the server: while the card settles or a webhook is expected it
 * refreshes itself once its data changes (LiveWatch), and every card action revalidates it, so
 * changes appear without a reload. The panels that act on the card are islands.
 */
export default async function CardPage({ params }: { params: Promise<{ cardId: string }> }) {
  const user = await requirePageRole("viewer");
  const { cardId } = await params;
  const [t, locale] = await Promise.all([getTranslations("cards"), getLocale()]);
  // A list that cannot be read says so in its section (TransactionsTable); the card is shown.
  const [[detail, products, timeline], transactions] = await Promise.all([
    Promise.allSettled([getCardDetail(cardId), listIssueProducts(), getCardTimeline(cardId)]),
    settle(listCardTransactions(cardId)),
  ]);
  if (detail.status === "rejected") {
    if (isUqpayError(detail.reason) && detail.reason.code === "card_not_found") notFound();
    return (
      <>
        <PageHeader title={t("detail.title")} />
        <ReadFailurePanel title={t("load.title")} failure={await readFailureOf(detail.reason)} />
        <LiveWatch everyMs={RETRY_POLL_MS} />
      </>
    );
  }
  const { card, simulator, cancelAcceptedAt, issuingAvailable } = detail.value;
  const product = products.status === "fulfilled" ? products.value.find((p) => p.productId === card.productId) : undefined;
  const rows = transactions.ok ? transactions.data : [];
  const story = timeline.status === "fulfilled" ? timeline.value : null;
  const canOperate = roleAllows(user.role, "operator");
  const actions = canOperate ? allowedActions(card.status, card.mode) : [];
  // While the card settles, watch the card's route; while a webhook is expected, the timeline's.
  const path = `/api/cards/${encodeURIComponent(cardId)}`;
  const live = isSettling(card.status)
    ? { everyMs: SETTLING_POLL_MS, watch: { url: path, version: jsonDigest(detail.value) } }
    : story && awaitsWebhooks(story)
      ? { everyMs: WAITING_POLL_MS, watch: { url: `${path}/timeline`, version: jsonDigest(story) } }
      : { everyMs: null };
  return (
    <IslandMessages namespaces={["cards", "guidance", "validation", "common"]}>
      <Link href="/cards" className="mb-2 inline-block text-sm text-muted-foreground hover:underline">
        ← {t("title")}
      </Link>
      <PageHeader title={card.maskedNumber ?? t("detail.title")} description={card.cardId} />
      <div className="grid gap-6 xl:grid-cols-[1fr_24rem]">
        <div className="grid content-start gap-6">
          <CardSummary card={card} productLabel={product?.label ?? null} />
          {actions.includes("update") ? <ControlsForm card={card} /> : null}
          <TransactionsTable transactions={transactions} currency={card.currency} />
          {story ? <CardTimeline data={story} transactions={rows} /> : null}
        </div>
        <div className="grid content-start gap-6">
          <StatusPanel card={card} actions={actions} cancelAcceptedAt={cancelAcceptedAt} />
          {actions.includes("recharge") || actions.includes("withdraw") ? (
            <FundsPanel card={card} issuingAvailable={issuingAvailable} balances={<FundsBalances card={card} issuingAvailable={issuingAvailable} />} />
          ) : null}
          {roleAllows(user.role, "admin") ? <SecureDetails cardId={cardId} /> : null}
          {simulator && canOperate ? <SimulatorPanel card={card} reversible={reversalChoices(rows, locale)} /> : null}
        </div>
      </div>
      <LiveWatch {...live} />
    </IslandMessages>
  );
}
