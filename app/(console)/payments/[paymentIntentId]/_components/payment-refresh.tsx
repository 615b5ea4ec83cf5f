"use client";

import { useRouter } from "next/navigation";
import { useEffect, useTransition } from "react";

// While the customer acts (3DS, QR) or UQPAY settles a PENDING payment the page refreshes, then stops.
const SETTLING_POLL_MS = 2000;

/**
 * Renders the payment page again on the server every 2 s while it settles: the next refresh is
 * planned only once the last one has landed (no overlapping reads), and not while the tab is
 * hidden (it refreshes on return). Replaces a TanStack Query poll of the page's own data (issue #11).
 */
export function PaymentRefresh({ settling }: { settling: boolean }) {
  const router = useRouter();
  const [refreshing, startTransition] = useTransition();
  useEffect(() => {
    if (!settling || refreshing) return;
    const refresh = () => startTransition(() => router.refresh());
    const timer = setTimeout(() => {
      if (!document.hidden) refresh();
    }, SETTLING_POLL_MS);
    const onVisible = () => {
      if (document.hidden) return;
      clearTimeout(timer);
      refresh();
    };
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      clearTimeout(timer);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [settling, refreshing, router]);
  return null;
}
