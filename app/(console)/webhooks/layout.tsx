import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";

// Translations for the section's client islands (the root layout provides none, issue #11).
export default function WebhooksLayout({ children }: { children: ReactNode }) {
  return <NextIntlClientProvider>{children}</NextIntlClientProvider>;
}
