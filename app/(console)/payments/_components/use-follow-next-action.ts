"use client";

import type { IntentView } from "@/lib/payments/view";

/**
 * A 3DS challenge is a full-page redirect (same tab): the customer's bank page sends the browser
 * back to the console's return page afterwards. Returns whether the browser is leaving.
 */
export function useFollowNextAction() {
  return (intent: IntentView | null): boolean => {
    const next = intent?.nextAction;
    if (next?.type !== "redirect_to_url" || !next.url) return false;
    window.location.assign(next.url);
    return true;
  };
}
