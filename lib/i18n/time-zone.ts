// The reader's time zone travels in a cookie the browser writes (components/time-zone-sync.tsx),
// so server-rendered times can be shown in it. The cookie is input like any other: only a zone
// that Intl itself accepts is used, otherwise UTC. Shared by server and client code.

export const TIME_ZONE_COOKIE = "NEXT_TIME_ZONE";
export const DEFAULT_TIME_ZONE = "UTC";

// IANA names ("America/Argentina/Buenos_Aires", "Etc/GMT+5", "UTC"): a cheap shape check before Intl.
const SHAPE = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+){0,2}$/;

/** A cookie value as a time zone Intl knows, or null (empty, malformed, unknown). */
export function parseTimeZone(value: string | null | undefined): string | null {
  if (!value || value.length > 64) return null;
  let zone: string;
  try {
    zone = decodeURIComponent(value).trim();
  } catch {
    return null;
  }
  if (!SHAPE.test(zone)) return null;
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return zone;
  } catch {
    return null;
  }
}

/** The zone server-rendered times use: the reader's, when the cookie names a valid one; else UTC. */
export function timeZoneFromCookie(value: string | null | undefined): string {
  return parseTimeZone(value) ?? DEFAULT_TIME_ZONE;
}

/** Whether two zone names are the same zone to this Intl ("Etc/UTC" and "UTC", "Asia/Calcutta" and "Asia/Kolkata"). */
export function sameTimeZone(a: string, b: string): boolean {
  const canonical = (zone: string) => {
    try {
      return new Intl.DateTimeFormat("en", { timeZone: zone }).resolvedOptions().timeZone;
    } catch {
      return zone;
    }
  };
  return canonical(a) === canonical(b);
}
