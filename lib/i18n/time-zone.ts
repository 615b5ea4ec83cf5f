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

/**
 * A zone's UTC offsets (minutes east) at the instants a time-zone check compares: now, 1 January
 * and 1 July of this year. Two zones that agree at all three show today's times alike and change
 * for daylight saving together.
 */
export type ZoneProbe = { at: number[]; offsets: number[] };

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** The server's side of the check, for the zone it renders in (Intl is warm on the server). */
export function zoneProbe(zone: string, now = Date.now()): ZoneProbe {
  const year = new Date(now).getUTCFullYear();
  const at = [now, Date.UTC(year, 0, 1), Date.UTC(year, 6, 1)];
  let format = offsetFormats.get(zone);
  if (!format) {
    if (offsetFormats.size >= 100) offsetFormats.clear();
    format = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" });
    offsetFormats.set(zone, format);
  }
  const offsets = at.map((t) => {
    const name = format.formatToParts(t).find((p) => p.type === "timeZoneName")?.value ?? "GMT";
    const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
    return m ? (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
  });
  return { at, offsets };
}

/**
 * The browser's side: whether its own zone has the probe's offsets. Date's offsets need no Intl,
 * whose first use in a page costs about 45 ms of main thread (ICU data, 180 ms at Lighthouse's 4x).
 */
export function browserMatchesProbe(probe: ZoneProbe): boolean {
  return probe.at.every((t, i) => -new Date(t).getTimezoneOffset() === probe.offsets[i]);
}
