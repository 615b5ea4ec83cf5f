"use client";

import { lazy, Suspense, useEffect, useState } from "react";
import type { Theme } from "@/lib/theme/config";
import { onFirstToast } from "@/lib/toast";

// sonner (10 kB gzip) is loaded by the first toast, not by every page.
const SonnerToaster = lazy(() => import("./sonner-toaster"));

export function Toaster({ theme }: { theme: Theme }) {
  const [wanted, setWanted] = useState(false);
  useEffect(() => onFirstToast(() => setWanted(true)), []);
  return wanted ? (
    <Suspense>
      <SonnerToaster theme={theme} />
    </Suspense>
  ) : null;
}
