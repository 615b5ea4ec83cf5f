import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";

// Translations only: SectionProviders imports TanStack Query (12 kB gzip) into every route under it (issue #11).
export default function AuditLayout({ children }: { children: ReactNode }) {
  return <NextIntlClientProvider>{children}</NextIntlClientProvider>;
}
