"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { browserMatchesProbe, sameTimeZone, TIME_ZONE_COOKIE, type ZoneProbe } from "@/lib/i18n/time-zone";

const readCookie = (name: string) =>
  document.cookie
    .split("; ")
    .find((part) => part.startsWith(`${name}=`))
    ?.slice(name.length + 1);

/**
 * Tells the server the browser's time zone (a cookie; lib/i18n/request.ts reads it) and, when the
 * page was rendered in another zone, re-renders it once. A zone the server refuses stays in the
 * cookie, so this never loops. When the browser's UTC offsets are those the page was rendered
 * with (`probe`), its times already read right and Intl is not asked: a zone of another name but
 * the same offsets (Europe/Paris for Europe/Berlin) keeps the rendered one.
 */
export function TimeZoneSync({ rendered, probe }: { rendered: string | undefined; probe: ZoneProbe }) {
  const router = useRouter();
  useEffect(() => {
    if (browserMatchesProbe(probe)) return;
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!zone || (rendered && sameTimeZone(zone, rendered))) return;
    const encoded = encodeURIComponent(zone);
    if (readCookie(TIME_ZONE_COOKIE) === encoded) return;
    document.cookie = `${TIME_ZONE_COOKIE}=${encoded}; path=/; max-age=${365 * 24 * 60 * 60}; samesite=lax`;
    router.refresh();
  }, [rendered, probe, router]);
  return null;
}
