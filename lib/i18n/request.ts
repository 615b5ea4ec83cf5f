import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { bundledMessages } from "./bundled";
import { isLocale, LOCALE_COOKIE, negotiateLocale } from "./config";
import { TIME_ZONE_COOKIE, timeZoneFromCookie } from "./time-zone";

export default getRequestConfig(async () => {
  const store = await cookies();
  const saved = store.get(LOCALE_COOKIE)?.value;
  const locale = isLocale(saved) ? saved : negotiateLocale((await headers()).get("accept-language"));
  // Times render in the reader's zone (the browser reports it, components/time-zone-sync.tsx);
  // NextIntlClientProvider passes the same zone to client components.
  return { locale, messages: await bundledMessages(locale), timeZone: timeZoneFromCookie(store.get(TIME_ZONE_COOKIE)?.value) };
});
