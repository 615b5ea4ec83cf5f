// An IPv4 or IPv6 address as a proxy writes it; anything else is not an address.
const ADDRESS = /^[0-9a-fA-F:.]{2,45}$/;

/**
 * The caller's address as the nearest proxy saw it: the LAST x-forwarded-for entry (a proxy
 * appends the address it accepted the connection from). Earlier entries are whatever the client
 * claimed, so taking the first one let a script rotate it and escape the per-address sign-in
 * throttle. A value that is not an address (it also lands in the audit log) counts as "invalid".
 */
export function clientIp(headers: Headers): string {
  const hops = headers.get("x-forwarded-for")?.split(",").map((part) => part.trim()).filter(Boolean) ?? [];
  const address = hops[hops.length - 1] || headers.get("x-real-ip")?.trim();
  if (!address) return "unknown";
  return ADDRESS.test(address) ? address : "invalid";
}
