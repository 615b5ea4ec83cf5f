"use client";

import type { ReactNode } from "react";
import { setLocale } from "@/lib/i18n/actions";
import { useHydrated } from "@/lib/use-hydrated";

/**
 * The language <select>; its label, icon and options are rendered by the server (language-switch.tsx).
 * The action sets a cookie, and Next re-renders the page in the new language with the action's answer.
 * The select stays enabled meanwhile, so keyboard focus stays on it; it is disabled only until
 * hydrated, when a choice would change nothing. Its width is set (it fits either language's name):
 * sized by its options, the first layout of every page had to shape 简体中文 and so look for a CJK
 * font, about 6 ms of main thread (24 at Lighthouse's 4x) where none is installed (issue #11).
 */
export function LanguageSelect({ locale, label, children }: { locale: string; label: string; children: ReactNode }) {
  const live = useHydrated();
  return (
    <select aria-label={label} value={locale} disabled={!live} onChange={(event) => void setLocale(event.target.value)} className="h-8 w-24 rounded-md border bg-background px-1.5 text-sm text-foreground">
      {children}
    </select>
  );
}
