import { getLocale, getMessages, getTimeZone } from "next-intl/server";
import type { ReactNode } from "react";
import { IslandIntlProvider } from "@/components/island";

/** `namespaces` ("cards", "cards.simulator") of a catalogue, the rest left out. */
function pick(messages: Record<string, unknown>, namespaces: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const path of namespaces) {
    const keys = path.split(".");
    let from: unknown = messages;
    for (const key of keys) from = (from as Record<string, unknown> | undefined)?.[key];
    if (from === undefined) continue;
    let to = out;
    for (const key of keys.slice(0, -1)) to = (to[key] ??= {}) as Record<string, unknown>;
    to[keys.at(-1)!] = from;
  }
  return out;
}

/**
 * The translations of a page's islands (components/island.tsx), sent once and only the namespaces
 * they use, instead of the whole catalogue through NextIntlClientProvider.
 */
export async function IslandMessages({ namespaces, children }: { namespaces: string[]; children: ReactNode }) {
  const [locale, timeZone, messages] = await Promise.all([getLocale(), getTimeZone(), getMessages()]);
  return <IslandIntlProvider value={{ locale, timeZone, messages: pick(messages as Record<string, unknown>, namespaces) }}>{children}</IslandIntlProvider>;
}
