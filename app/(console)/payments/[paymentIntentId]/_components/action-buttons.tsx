"use client";

import { lazy, type ReactNode } from "react";
import { OnDemandDialog } from "@/components/on-demand-dialog";
import type { IslandText } from "@/lib/i18n/fill";
import type { PaymentDetail } from "@/lib/payments/data";
import type { PaymentAction } from "@/lib/payments/status";
import { UpdateAmountFormOnDemand as UpdateAmountForm } from "./on-demand-parts";

// The dialogs (radix Dialog, zod, decimal.js) load when their button is first used (issue #11).
const loadCapture = () => import("./capture-dialog");
const loadRefund = () => import("./refund-dialog");
const loadCancel = () => import("./cancel-dialog");
const CaptureDialog = lazy(() => loadCapture().then((m) => ({ default: m.CaptureDialog })));
const RefundDialog = lazy(() => loadRefund().then((m) => ({ default: m.RefundDialog })));
const CancelDialog = lazy(() => loadCancel().then((m) => ({ default: m.CancelDialog })));

type Props = {
  detail: PaymentDetail;
  actions: PaymentAction[];
  /** The page's island text (payment-text.ts), its locale, and the dialogs' descriptions it rendered (they format money). */
  text: IslandText;
  locale: string;
  descriptions: { capture: ReactNode; refund: ReactNode };
};

/** The actions panel's buttons and the amount form, for the actions the intent's status allows. */
export function PaymentActionButtons({ detail, actions, text, locale, descriptions }: Props) {
  const { intent } = detail;
  return (
    <>
      {actions.includes("capture") ? (
        <OnDemandDialog className="w-full" preload={loadCapture} dialog={(control) => <CaptureDialog intent={intent} control={control} text={text} locale={locale} description={descriptions.capture} />}>
          {text["payments.capture.trigger"]}
        </OnDemandDialog>
      ) : null}
      {actions.includes("refund") ? (
        <OnDemandDialog className="w-full" preload={loadRefund} dialog={(control) => <RefundDialog detail={detail} control={control} text={text} locale={locale} description={descriptions.refund} />}>
          {text["payments.refund.trigger"]}
        </OnDemandDialog>
      ) : null}
      {actions.includes("update") ? <UpdateAmountForm intent={intent} text={text} /> : null}
      {actions.includes("cancel") ? (
        <OnDemandDialog variant="outline" className="w-full" preload={loadCancel} dialog={(control) => <CancelDialog intent={intent} control={control} text={text} />}>
          {text["payments.cancel.trigger"]}
        </OnDemandDialog>
      ) : null}
    </>
  );
}
