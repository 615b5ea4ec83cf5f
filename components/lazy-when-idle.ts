import { lazy, type ComponentType } from "react";

const idle = () =>
  new Promise<void>((resolve) => {
    if ("requestIdleCallback" in window) requestIdleCallback(() => resolve(), { timeout: 2000 });
    else setTimeout(resolve, 200);
  });

/**
 * React.lazy whose browser import waits until the page is idle. The server renders the component
 * as usual, so the HTML is complete; in the browser React keeps that HTML (a dehydrated Suspense
 * boundary) until the code has arrived, then hydrates it. For a heavy island further down a page
 * that need not weigh on its first load (issue #11). Render it inside <Suspense>.
 */
export function lazyWhenIdle<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => {
    if (typeof window !== "undefined") await idle();
    return { default: await load() };
  });
}
