import type { Metadata } from "next";
import { getLocale, getTimeZone, getTranslations } from "next-intl/server";
import { cookies } from "next/headers";
import type { ReactNode } from "react";
import { TimeZoneSync } from "@/components/time-zone-sync";
import { Toaster } from "@/components/toaster";
import { zoneProbe } from "@/lib/i18n/time-zone";
import { THEME_COOKIE, themeFromCookie } from "@/lib/theme/config";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return { title: { default: t("name"), template: `%s · ${t("name")}` }, description: t("tagline") };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, timeZone] = await Promise.all([getLocale(), getTimeZone()]);
  // The theme is rendered by the server (globals.css follows the system when neither class is set).
  const theme = themeFromCookie((await cookies()).get(THEME_COOKIE)?.value);
  return (
    <html lang={locale} className={theme === "system" ? undefined : theme}>
      <body className="min-h-screen font-sans antialiased">
        {/* No client translations here: islands get their words as props, idle-loaded panels their own message groups. */}
        <TimeZoneSync rendered={timeZone} probe={zoneProbe(timeZone)} />
        {children}
        <Toaster theme={theme} />
      </body>
    </html>
  );
}
