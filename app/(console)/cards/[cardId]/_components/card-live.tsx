"use client";

import { useQuery } from "@tanstack/react-query";
import { Suspense } from "react";
import { lazyWhenIdle } from "@/components/lazy-when-idle";
import { roleAllows, type Role } from "@/lib/auth/roles";
import { allowedActions, isSettling } from "@/lib/cards/status";
import type { CardTransactionView } from "@/lib/cards/view";
import type { CardDetail } from "@/lib/data/cards";
import { cardKeys, fetchCard, fetchCardTransactions } from "@/lib/query/cards";
import type { CardTimelineData } from "@/lib/timeline/load";
import { CardSummary } from "./card-summary";
import { CardTimeline } from "./card-timeline";
import { FundsPanel } from "./funds-panel";
import { SecureDetails } from "./secure-details";
import { SimulatorPanel } from "./simulator-panel";
import { StatusPanel } from "./status-panel";
import { TransactionsTable } from "./transactions-table";

// The controls form brings react-hook-form and zod (~50 kB gzip): its HTML comes with the page, its
// code once the browser is idle.
const CONTROLS_ID = "card-controls";
const ControlsForm = lazyWhenIdle(
  () => import("./controls-form").then((m) => m.ControlsForm),
  () => Boolean(document.getElementById(CONTROLS_ID)?.hasChildNodes()),
);

// A PENDING card turns ACTIVE within seconds (seed 000): poll until it settles, then stop.
const SETTLING_POLL_MS = 1500;

/** The card page's live part: everything re-renders from the polled card, so changes appear without a reload. */
export function CardLive({
  initial,
  initialTransactions,
  initialTimeline,
  productLabel,
  role,
}: {
  initial: CardDetail;
  initialTransactions: CardTransactionView[];
  initialTimeline: CardTimelineData | null;
  productLabel: string | null;
  role: Role;
}) {
  const cardId = initial.card.cardId;
  const detail = useQuery({
    queryKey: cardKeys.detail(cardId),
    queryFn: ({ signal }) => fetchCard(cardId, signal),
    initialData: initial,
    refetchInterval: (q) => (isSettling(q.state.data?.card.status) ? SETTLING_POLL_MS : false),
  });
  const transactions = useQuery({
    queryKey: cardKeys.transactions(cardId),
    queryFn: ({ signal }) => fetchCardTransactions(cardId, signal),
    initialData: initialTransactions,
  });
  const { card, simulator, cancelAcceptedAt, issuingAvailable } = detail.data;
  const canOperate = roleAllows(role, "operator");
  const actions = canOperate ? allowedActions(card.status, card.mode) : [];

  return (
    <div className="grid gap-6 xl:grid-cols-[1fr_24rem]">
      <div className="grid content-start gap-6">
        <CardSummary card={card} productLabel={productLabel} />
        {actions.includes("update") ? (
          <div id={CONTROLS_ID}>
            <Suspense>
              <ControlsForm card={card} />
            </Suspense>
          </div>
        ) : null}
        <TransactionsTable transactions={transactions.data} currency={card.currency} />
        {initialTimeline ? <CardTimeline cardId={cardId} initial={initialTimeline} transactions={transactions.data} /> : null}
      </div>
      <div className="grid content-start gap-6">
        <StatusPanel card={card} actions={actions} cancelAcceptedAt={cancelAcceptedAt} />
        {actions.includes("recharge") || actions.includes("withdraw") ? <FundsPanel card={card} issuingAvailable={issuingAvailable} /> : null}
        {roleAllows(role, "admin") ? <SecureDetails cardId={cardId} /> : null}
        {simulator && canOperate ? <SimulatorPanel card={card} transactions={transactions.data} /> : null}
      </div>
    </div>
  );
}
