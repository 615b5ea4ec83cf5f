"use client";

import { Suspense } from "react";
import { lazyWhenIdle } from "@/components/lazy-when-idle";

// Needed only once someone follows a link: its code loads when the page is idle, off the first load (issue #11).
const NavigationProgress = lazyWhenIdle(() => import("./navigation-progress").then((m) => m.NavigationProgress), () => true);

/** The navigation bar of components/navigation-progress.tsx, loaded when the browser is idle. */
export function IdleNavigationProgress({ label }: { label: string }) {
  return (
    <Suspense>
      <NavigationProgress label={label} />
    </Suspense>
  );
}
