// What the console offers for each intent_status. Seed 003's table drives it: SUCCEEDED → done
// (refunds from here), REQUIRES_CUSTOMER_ACTION → follow next_action, REQUIRES_PAYMENT_METHOD →
// another payment method, PENDING → wait. api-reference §4.3 adds capture for REQUIRES_CAPTURE and
// the statuses cancel is allowed from. Nothing else is offered; the actions re-check on the server.

export const INTENT_STATUSES = [
  "REQUIRES_PAYMENT_METHOD", "REQUIRES_CUSTOMER_ACTION", "REQUIRES_CAPTURE", "PENDING", "SUCCEEDED", "CANCELLED", "FAILED",
] as const;
export type IntentStatus = (typeof INTENT_STATUSES)[number];

export type PaymentAction = "confirm" | "update" | "next_action" | "capture" | "cancel" | "refund";

const ACTIONS: Record<IntentStatus, readonly PaymentAction[]> = {
  REQUIRES_PAYMENT_METHOD: ["confirm", "update", "cancel"],
  REQUIRES_CUSTOMER_ACTION: ["next_action", "cancel"],
  REQUIRES_CAPTURE: ["capture", "cancel"],
  PENDING: [],
  SUCCEEDED: ["refund"],
  CANCELLED: [],
  FAILED: [],
};

export function isIntentStatus(value: unknown): value is IntentStatus {
  return typeof value === "string" && (INTENT_STATUSES as readonly string[]).includes(value);
}

/**
 * The actions an intent's state allows. Update is only possible before the first attempt (the
 * seed: "update before confirm"); a refund needs something left to refund.
 */
export function allowedPaymentActions(state: { status: string | null; hasAttempt: boolean; refundable: string | null }): PaymentAction[] {
  if (!isIntentStatus(state.status)) return [];
  return ACTIONS[state.status].filter((action) => {
    if (action === "update") return !state.hasAttempt;
    if (action === "refund") return state.refundable !== null && !/^0*(\.0*)?$/.test(state.refundable);
    return true;
  });
}

export function allows(state: Parameters<typeof allowedPaymentActions>[0], action: PaymentAction): boolean {
  return allowedPaymentActions(state).includes(action);
}

/** Statuses that change without the console doing anything (customer, wallet, UQPAY): poll them. */
export function isSettling(status: string | null | undefined): boolean {
  return status === "PENDING" || status === "REQUIRES_CUSTOMER_ACTION";
}

export function statusTone(status: string | null | undefined): "success" | "warning" | "danger" | "neutral" | "info" {
  switch (status) {
    case "SUCCEEDED":
      return "success";
    case "REQUIRES_CAPTURE":
    case "REQUIRES_CUSTOMER_ACTION":
    case "PENDING":
      return "warning";
    case "FAILED":
      return "danger";
    case "CANCELLED":
      return "neutral";
    default:
      return "info";
  }
}
