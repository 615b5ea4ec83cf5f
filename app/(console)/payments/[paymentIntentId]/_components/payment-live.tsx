"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { roleAllows, type Role } from "@/lib/auth/roles";
import type { PaymentDetail } from "@/lib/payments/data";
import { fetchPaymentDetail, paymentKeys } from "@/lib/query/payments";
import { isSettling } from "@/lib/payments/status";
import { ActionsPanel } from "./actions-panel";
import { AttemptsTable } from "./attempts-table";
import { ConfirmPaymentForm } from "./confirm-payment-form";
import { IntentSummary } from "./intent-summary";
import { NextActionPanel } from "./next-action-panel";
import { RefundsTable } from "./refunds-table";

// While the customer acts (3DS, QR) or UQPAY settles a PENDING payment the page polls, then stops.
const SETTLING_POLL_MS = 2000;

/** The payment page's live part: everything renders from the polled detail, so changes appear without a reload. */
export function PaymentLive({ initial, role }: { initial: PaymentDetail; role: Role }) {
  const t = useTranslations("payments");
  const id = initial.intent.paymentIntentId;
  const query = useQuery({
    queryKey: paymentKeys.detail(id),
    queryFn: ({ signal }) => fetchPaymentDetail(id, signal),
    initialData: initial,
    refetchInterval: (q) => (isSettling(q.state.data?.intent.status) ? SETTLING_POLL_MS : false),
  });
  const detail = query.data;
  const canOperate = roleAllows(role, "operator");
  const actions = canOperate ? detail.actions : [];

  return (
    <div className="grid gap-6 xl:grid-cols-[1fr_22rem]">
      <div className="grid content-start gap-6">
        {query.isError ? <p className="text-sm text-warning">{t("detail.refreshFailed")}</p> : null}
        <IntentSummary detail={detail} />
        {detail.intent.nextAction ? <NextActionPanel intent={detail.intent} canOperate={actions.includes("next_action")} /> : null}
        {actions.includes("confirm") ? <ConfirmPaymentForm intent={detail.intent} testCard={detail.environment === "emulator"} /> : null}
        <AttemptsTable attempts={detail.attempts} />
        <RefundsTable refunds={detail.refunds} />
      </div>
      <div className="grid content-start gap-6">
        <ActionsPanel detail={detail} actions={actions} canOperate={canOperate} />
      </div>
    </div>
  );
}
