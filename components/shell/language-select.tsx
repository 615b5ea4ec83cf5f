"use client";

import type { ReactNode } from "react";
import { setLocale } from "@/lib/i18n/actions";
import { useHydrated } from "@/lib/use-hydrated";

/**
 * The language <select>; its label, icon and options are rendered by the server (language-switch.tsx).
 * The action sets a cookie, and Next re-renders the page in the new language with the action's answer.
 * The select stays enabled meanwhile, so keyboard focus stays on it; it is disabled only until
 * hydrated, when a choice would change nothing.
 */
export function LanguageSelect({ locale, label, children }: { locale: string; label: string; children: ReactNode }) {
  const live = useHydrated();
  return (
    <select aria-label={label} value={locale} disabled={!live} onChange={(event) => void setLocale(event.target.value)} className="h-8 rounded-md border bg-background px-1.5 text-sm text-foreground">
      {children}
    </select>
  );
}
