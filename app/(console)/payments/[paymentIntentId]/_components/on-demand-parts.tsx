"use client";

import { lazy, Suspense, type ComponentProps } from "react";

// Parts of the payment page that only some statuses show (REQUIRES_PAYMENT_METHOD): their code,
// the card form's above all, loads when a page renders them, not with every payment (issue #11).
const ConfirmPaymentForm = lazy(() => import("./confirm-payment-form").then((m) => ({ default: m.ConfirmPaymentForm })));
const UpdateAmountForm = lazy(() => import("./update-amount-form").then((m) => ({ default: m.UpdateAmountForm })));

export function ConfirmPaymentFormOnDemand(props: ComponentProps<typeof ConfirmPaymentForm>) {
  return (
    <Suspense fallback={null}>
      <ConfirmPaymentForm {...props} />
    </Suspense>
  );
}

export function UpdateAmountFormOnDemand(props: ComponentProps<typeof UpdateAmountForm>) {
  return (
    <Suspense fallback={null}>
      <UpdateAmountForm {...props} />
    </Suspense>
  );
}
