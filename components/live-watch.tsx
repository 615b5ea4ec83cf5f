"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useTransition } from "react";
import { digest } from "@/lib/query/digest";

// After a minute of fast polling (a card waiting on identity verification, say), poll gently.
const FAST_POLLS = 40;
const SLOW_MS = 15_000;

/**
 * A server-rendered view that settles by itself (a PENDING card, an expected webhook, a running
 * scenario). Every `everyMs` it reads `watch.url`, the GET route answering the same data the page
 * was rendered from, and re-renders the page in place (router.refresh, which also re-prefetches the
 * visible links) only once the answer's digest differs from `watch.version`; a failed read is
 * simply tried again. Without `watch` every tick refreshes. The server passes `everyMs` only while
 * something is settling, so polling stops by itself. One request at a time, none while the tab is
 * hidden, gentler after a minute; back on a tab older than `staleMs`, one refresh.
 */
export function LiveWatch({ everyMs = null, staleMs = 15_000, watch }: { everyMs?: number | null; staleMs?: number; watch?: { url: string; version: string } }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const state = useRef({ at: 0, polls: 0, busy: false });
  const url = watch?.url;
  const version = watch?.version;

  useEffect(() => {
    const s = state.current;
    if (!s.at) s.at = Date.now();
    if (!everyMs) s.polls = 0;
    if (pending) return;
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refresh = () => {
      s.at = Date.now();
      startTransition(() => router.refresh());
    };
    const changed = async () => {
      if (!url) return true;
      const response = await fetch(url, { signal: controller.signal, cache: "no-store", headers: { accept: "application/json" } }).catch(() => null);
      const text = response?.ok ? await response.text().catch(() => null) : null;
      return text !== null && digest(text) !== version;
    };
    const tick = async () => {
      // A hidden tab waits; onVisible picks up from here.
      if (document.hidden || s.busy) return;
      s.polls += 1;
      s.busy = true;
      const refreshNow = await changed().finally(() => (s.busy = false));
      if (refreshNow) refresh();
      else if (!controller.signal.aborted) schedule();
    };
    const schedule = () => {
      if (everyMs) timer = setTimeout(tick, s.polls < FAST_POLLS ? everyMs : Math.max(everyMs, SLOW_MS));
    };
    const onVisible = () => {
      if (document.hidden) return;
      if (Date.now() - s.at >= staleMs) refresh();
      else if (everyMs) {
        clearTimeout(timer);
        void tick();
      }
    };
    document.addEventListener("visibilitychange", onVisible);
    schedule();
    return () => {
      controller.abort();
      document.removeEventListener("visibilitychange", onVisible);
      clearTimeout(timer);
    };
  }, [everyMs, staleMs, url, version, pending, router]);
  return null;
}
