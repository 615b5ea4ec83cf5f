"use client";

import { useRouter } from "next/navigation";
import { useTransition, type ReactNode } from "react";
import { LOCALES, type Locale } from "@/lib/i18n/config";
import { setLocale } from "@/lib/i18n/actions";

// Each language is named in itself, so a reader of either can find their own.
const NAMES: Record<(typeof LOCALES)[number], string> = { en: "English", "zh-CN": "简体中文" };

/** Label and icon come from the server (language-switch.tsx): the island needs no translations or icon library. */
export function LanguageSelect({ locale, label, icon }: { locale: Locale; label: string; icon: ReactNode }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <label className="flex items-center gap-1.5 text-sm text-muted-foreground">
      {icon}
      <span className="sr-only">{label}</span>
      <select
        aria-label={label}
        value={locale}
        disabled={pending}
        onChange={(e) => {
          const next = e.target.value;
          startTransition(async () => {
            await setLocale(next);
            router.refresh();
          });
        }}
        className="h-8 rounded-md border bg-background px-1.5 text-sm text-foreground"
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
