"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useTransition } from "react";

// After a minute of fast polling (a card waiting on identity verification, say), poll gently.
const FAST_POLLS = 40;
const SLOW_MS = 15_000;

/**
 * Keeps a server-rendered view current without shipping any data code (issue #11): router.refresh()
 * re-renders the page's server components in place, and typed input, open <details> and island
 * state survive. The server passes `everyMs` only while something on the page is settling (a PENDING
 * card, an expected webhook, a running scenario), so polling stops by itself once it has settled.
 * Back on a tab that was hidden, the view refreshes once if it is older than `staleMs`. One refresh
 * at a time, none while the tab is hidden.
 */
export function LiveRefresh({ everyMs = null, staleMs = 30_000 }: { everyMs?: number | null; staleMs?: number }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const state = useRef({ at: 0, polls: 0 });

  useEffect(() => {
    const s = state.current;
    if (!s.at) s.at = Date.now();
    if (!everyMs) s.polls = 0;
    if (pending) return;
    const refresh = () => {
      s.at = Date.now();
      startTransition(() => router.refresh());
    };
    const onVisible = () => {
      if (!document.hidden && Date.now() - s.at >= Math.min(everyMs ?? staleMs, staleMs)) refresh();
    };
    document.addEventListener("visibilitychange", onVisible);
    const timer = everyMs
      ? setTimeout(
          () => {
            // A hidden tab waits; onVisible picks up from here.
            if (document.hidden) return;
            s.polls += 1;
            refresh();
          },
          s.polls < FAST_POLLS ? everyMs : Math.max(everyMs, SLOW_MS),
        )
      : undefined;
    return () => {
      document.removeEventListener("visibilitychange", onVisible);
      clearTimeout(timer);
    };
  }, [everyMs, staleMs, pending, router]);
  return null;
}
