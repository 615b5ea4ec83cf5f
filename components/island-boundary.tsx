"use client";

import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import type { IslandIntl } from "@/components/island";
import { useHydrated } from "@/lib/use-hydrated";

/**
 * Loaded with an island's code: its translations, and a fieldset that keeps the island's controls
 * disabled in the server's HTML until React has hydrated them (true on the client, false on the server).
 */
export function IslandBoundary({ intl, children }: { intl: IslandIntl | null; children: ReactNode }) {
  const live = useHydrated();
  const content = (
    <fieldset disabled={!live} className="contents">
      {children}
    </fieldset>
  );
  if (!intl) return content;
  return (
    <NextIntlClientProvider locale={intl.locale} timeZone={intl.timeZone} messages={intl.messages as never}>
      {content}
    </NextIntlClientProvider>
  );
}
