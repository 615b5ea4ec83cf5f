import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { QueryProvider } from "@/components/query-provider";

/**
 * What a section's client islands need: translations and, where lists refresh in place, TanStack
 * Query. Given by each section's layout rather than the root, so a page without such islands (the
 * overview) ships neither runtime nor catalogue.
 */
export function SectionProviders({ query = false, children }: { query?: boolean; children: ReactNode }) {
  return <NextIntlClientProvider>{query ? <QueryProvider>{children}</QueryProvider> : children}</NextIntlClientProvider>;
}
