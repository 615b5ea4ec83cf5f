"use client";

import { Activity, createContext, useContext, useEffect, type ComponentType, type ReactNode } from "react";
import { lazyWhenIdle } from "@/components/lazy-when-idle";

/** What an island's translations need: the catalogue's namespaces it uses, the locale and time zone. */
export type IslandIntl = { locale: string; timeZone: string; messages: Record<string, unknown> };

const IntlContext = createContext<IslandIntl | null>(null);
// Set once the first page with islands has hydrated: an island reached later by a client navigation loads at once.
let hydrated = false;

/** The page's island translations, given once by the server (components/island-messages.tsx). */
export function IslandIntlProvider({ value, children }: { value: IslandIntl; children: ReactNode }) {
  useEffect(() => {
    hydrated = true;
  }, []);
  return <IntlContext value={value}>{children}</IntlContext>;
}

/**
 * An interactive part of a server-rendered page whose code, and next-intl's client runtime with it,
 * stays out of the page's first load (issue #11). The server renders it as usual; in the browser its
 * code loads once the page is idle, and until then its controls are disabled (island-boundary.tsx),
 * so nothing typed or clicked before it is live gets lost. Render it inside <IslandMessages> when it
 * uses next-intl; an island given its words as props (lib/i18n/island-text.ts) needs none. Islands a
 * page always shows together are best imported from one module (cards/[cardId]/_components/panels.ts):
 * each dynamic import is its own chunk, with its own copy of what the islands share.
 *
 * The boundary that keeps the server's HTML while the code loads is an <Activity>, not <Suspense>:
 * React's server renderer sends a finished Suspense boundary of more than 500 bytes apart from a
 * shell of more than 12.8 kB, and the browser reveals it no sooner than 300 ms after the first
 * paint, so the panels popped in and pushed the page down. An Activity is sent in place; hydrating,
 * it keeps its HTML until the code has arrived, as a Suspense boundary does.
 */
export function island<P extends object>(load: () => Promise<ComponentType<P>>) {
  const Lazy = lazyWhenIdle(async () => {
    const [Component, { IslandBoundary }] = await Promise.all([load(), import("@/components/island-boundary")]);
    return function Island({ intl, ...props }: { intl: IslandIntl | null }) {
      return (
        <IslandBoundary intl={intl}>
          <Component {...(props as P)} />
        </IslandBoundary>
      );
    };
  }, () => !hydrated);
  return function LazyIsland(props: P) {
    const intl = useContext(IntlContext);
    // Islands that take their words as props need no IslandIntlProvider: hydrating one marks the page too.
    useEffect(() => {
      hydrated = true;
    }, []);
    return (
      <Activity mode="visible">
        <Lazy intl={intl} {...props} />
      </Activity>
    );
  };
}
