"use client";

import { createContext, use, type ReactNode } from "react";

/** Rendered by the server: the icon too, so the boundary does not pull the icon library into every page. */
export type ErrorStrings = { title: string; body: string; retry: string; icon: ReactNode };

const Strings = createContext<ErrorStrings | null>(null);

/**
 * The console's error boundary (app/(console)/error.tsx) takes its words from the layout, already
 * translated: the boundary is on every page, and client translations are loaded only by the
 * sections that use them.
 */
export function ErrorStringsProvider({ value, children }: { value: ErrorStrings; children: ReactNode }) {
  return <Strings value={value}>{children}</Strings>;
}

export function useErrorStrings(): ErrorStrings {
  const strings = use(Strings);
  if (!strings) throw new Error("useErrorStrings needs an ErrorStringsProvider");
  return strings;
}
