import { lazy, type ComponentType } from "react";

const idle = () =>
  new Promise<void>((resolve) => {
    if ("requestIdleCallback" in window) requestIdleCallback(() => resolve(), { timeout: 2000 });
    else setTimeout(resolve, 200);
  });

/**
 * React.lazy whose browser import waits until the page is idle when the component's server HTML
 * is already on screen (`onScreen`, checked when React first asks for it). The server renders the
 * component as usual; while hydrating, React keeps that HTML (a dehydrated boundary) until
 * the code has arrived, then hydrates it. Reached by a client navigation instead, it loads at once.
 * For a heavy island further down a page that need not weigh on its first load (issue #11).
 * Render it inside <Suspense>, or <Activity> to keep its HTML in the page's first paint (island.tsx).
 */
export function lazyWhenIdle<P extends object>(load: () => Promise<ComponentType<P>>, onScreen: () => boolean) {
  return lazy(async () => {
    if (typeof window !== "undefined" && onScreen()) await idle();
    return { default: await load() };
  });
}
