// Which card actions each status allows (seed 002, card lifecycle). Shared by the card page, which
// shows only these buttons, and the server actions, which refuse anything else before calling UQPAY.

export type CardAction = "freeze" | "unfreeze" | "cancel" | "recharge" | "withdraw" | "update";

/** Seed 002: a cancelled card waits 30 days in PRE_CANCEL, then becomes CANCELLED. */
export const PRE_CANCEL_WAIT_DAYS = 30;

const STATUS_ACTIONS: Record<string, readonly CardAction[]> = {
  ACTIVE: ["freeze", "cancel", "recharge", "withdraw", "update"],
  FROZEN: ["unfreeze", "cancel", "update"],
};

/** Statuses the console knows how to explain; others (LOST, STOLEN, future values) show as "other". */
export const EXPLAINED_STATUSES = ["PENDING", "ACTIVE", "FROZEN", "BLOCKED", "PRE_CANCEL", "CANCELLED", "FAILED"] as const;

/** PENDING, PRE_CANCEL, CANCELLED, BLOCKED, FAILED and anything unknown allow nothing. */
export function allowedActions(status: string | null | undefined, mode?: string | null): CardAction[] {
  const actions = STATUS_ACTIONS[status ?? ""] ?? [];
  // Recharge and withdraw move money into or out of the card itself: SINGLE-mode cards only. A SHARE
  // card spends the issuing balance directly (seed: fund-your-issuing-balance).
  return actions.filter((a) => (a === "recharge" || a === "withdraw" ? mode === "SINGLE" : true));
}

export function allows(status: string | null | undefined, mode: string | null | undefined, action: CardAction): boolean {
  return allowedActions(status, mode).includes(action);
}

/** Statuses that will still change by themselves, so the page keeps polling. */
export function isSettling(status: string | null | undefined): boolean {
  return status === "PENDING";
}

/** The day a PRE_CANCEL card becomes CANCELLED, from the moment the cancel was accepted. */
export function cancelledOn(cancelAcceptedAt: Date): Date {
  return new Date(cancelAcceptedAt.getTime() + PRE_CANCEL_WAIT_DAYS * 24 * 60 * 60 * 1000);
}

export type StatusTone = "neutral" | "success" | "warning" | "danger" | "info";

export function statusTone(status: string | null | undefined): StatusTone {
  switch (status) {
    case "ACTIVE":
      return "success";
    case "PENDING":
      return "info";
    case "FROZEN":
    case "PRE_CANCEL":
      return "warning";
    case "BLOCKED":
    case "FAILED":
    case "LOST":
    case "STOLEN":
      return "danger";
    default:
      return "neutral";
  }
}
