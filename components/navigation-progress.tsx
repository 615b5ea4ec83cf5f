"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";

/** Whether a click follows a link to another console URL in this tab (not modified, not a download, not a hash). */
function leavesPage(event: MouseEvent): boolean {
  const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
  return (
    link instanceof HTMLAnchorElement &&
    event.button === 0 &&
    !(event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) &&
    (!link.target || link.target === "_self") &&
    !link.hasAttribute("download") &&
    link.origin === location.origin &&
    link.href.split("#")[0] !== location.href.split("#")[0]
  );
}

/**
 * A thin bar along the top from a link's click until the URL changes. Most console pages send their
 * header at once and stream their UQPAY-backed parts (components/pending.tsx), but some render with
 * their data (the card page: without the card it has nothing to show), and no page sits behind a
 * console-wide loading skeleton (React reveals streamed content no sooner than 300 ms after the
 * first paint, issue #11): this shows at once that a navigation has started. It gives up after 15 s,
 * when a navigation failed without leaving the page.
 */
export function NavigationProgress({ label }: { label: string }) {
  const here = `${usePathname()}?${useSearchParams()}`;
  const [pending, setPending] = useState(false);
  const [shown, setShown] = useState(here);
  if (shown !== here) {
    setShown(here);
    setPending(false);
  }
  useEffect(() => {
    // Capture phase: next/link cancels the click's default in React's own listener.
    const onClick = (event: MouseEvent) => {
      if (leavesPage(event)) setPending(true);
    };
    document.addEventListener("click", onClick, true);
    return () => document.removeEventListener("click", onClick, true);
  }, []);
  useEffect(() => {
    if (!pending) return;
    const timer = setTimeout(() => setPending(false), 15_000);
    return () => clearTimeout(timer);
  }, [pending]);
  return pending ? <div role="progressbar" aria-label={label} className="nav-progress fixed inset-x-0 top-0 z-50 h-0.5 origin-left bg-primary" /> : null;
}
