/**
 * A short fingerprint of a text (32-bit FNV-1a, base 36), the same on the server and in the
 * browser: a page passes the digest of the JSON its live data reads as, so a poll of the matching
 * GET route can tell, without parsing it, whether anything changed (components/live-watch.tsx).
 */
export function digest(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

/** The digest of a value as a GET route answers it (NextResponse.json is JSON.stringify). */
export const jsonDigest = (value: unknown): string => digest(JSON.stringify(value));
