import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { QueryProvider } from "@/components/query-provider";

/**
 * The providers of a section whose lists refresh in place: translations for its client islands
 * (the root layout provides none) and TanStack Query. Sections without live lists use
 * NextIntlClientProvider alone, so they do not ship TanStack Query (issue #11).
 */
export function LiveSection({ children }: { children: ReactNode }) {
  return (
    <NextIntlClientProvider>
      <QueryProvider>{children}</QueryProvider>
    </NextIntlClientProvider>
  );
}
