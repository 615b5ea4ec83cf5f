import { getLocale, getTranslations } from "next-intl/server";
import { Money } from "@/components/money";
import { roleAllows, type Role } from "@/lib/auth/roles";
import type { PaymentDetail } from "@/lib/payments/data";
import { isSettling } from "@/lib/payments/status";
import { paymentText } from "../../_components/payment-text";
import { initialCard } from "../../_components/test-card";
import { ActionsPanel } from "./actions-panel";
import { AttemptsTable } from "./attempts-table";
import { IntentSummary } from "./intent-summary";
import { NextActionPanel } from "./next-action-panel";
import { ConfirmPaymentFormOnDemand as ConfirmPaymentForm } from "./on-demand-parts";
import { PaymentRefresh } from "./payment-refresh";
import { RefundsTable } from "./refunds-table";

/**
 * The payment page's live part, rendered on the server: while the payment settles, PaymentRefresh
 * renders it again every 2 s, and a successful action does too, so changes appear without a reload.
 */
export async function PaymentLive({ detail, role }: { detail: PaymentDetail; role: Role }) {
  const [t, text, locale] = await Promise.all([getTranslations("payments"), paymentText(), getLocale()]);
  const canOperate = roleAllows(role, "operator");
  const actions = canOperate ? detail.actions : [];
  const { intent } = detail;
  const descriptions = {
    capture: t.rich("capture.description", { amount: () => <Money amount={intent.latestAttempt?.amount ?? intent.amount} currency={intent.currency} /> }),
    refund: t.rich("refund.description", { amount: () => <Money amount={detail.refundable} currency={intent.currency} /> }),
  };

  return (
    <div className="grid gap-6 xl:grid-cols-[1fr_22rem]">
      <PaymentRefresh settling={isSettling(intent.status)} />
      <div className="grid content-start gap-6">
        <IntentSummary detail={detail} />
        {intent.nextAction ? <NextActionPanel intent={intent} canOperate={actions.includes("next_action")} /> : null}
        {actions.includes("confirm") ? <ConfirmPaymentForm intent={intent} initialCard={initialCard(detail.environment)} text={text} /> : null}
        <AttemptsTable attempts={detail.attempts} />
        <RefundsTable refunds={detail.refunds} />
      </div>
      <div className="grid content-start gap-6">
        <ActionsPanel detail={detail} actions={actions} canOperate={canOperate} text={text} locale={locale} descriptions={descriptions} />
      </div>
    </div>
  );
}
