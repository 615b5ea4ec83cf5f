"use server";

import { cookies } from "next/headers";
import { isTheme, THEME_COOKIE } from "./config";

/**
 * Remembers the theme for a year; like the language, a display preference without sign-in. Posted
 * by the theme buttons' form; anything else a caller sends is ignored.
 */
export async function setTheme(form: FormData): Promise<void> {
  const theme = form instanceof FormData ? form.get("theme") : null;
  if (!isTheme(theme)) return;
  (await cookies()).set(THEME_COOKIE, theme, { path: "/", maxAge: 365 * 24 * 60 * 60, sameSite: "lax" });
}
