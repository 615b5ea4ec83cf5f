/**
 * Where to go after sign-in: only a path on this site, so a crafted link cannot send a user
 * elsewhere (open redirect). Absolute URLs are reduced to their path.
 */
export function safeCallbackPath(value: string | undefined | null): string {
  if (!value) return "/";
  let candidate = value;
  try {
    const url = new URL(value, "http://console.invalid");
    candidate = url.origin === "http://console.invalid" || /^https?:/.test(value) ? `${url.pathname}${url.search}` : "/";
  } catch {
    return "/";
  }
  if (!candidate.startsWith("/") || candidate.startsWith("//") || candidate.startsWith("/login") || candidate.startsWith("/setup")) return "/";
  return candidate;
}
