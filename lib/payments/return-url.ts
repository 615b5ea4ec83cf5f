import "server-only";
import { headers } from "next/headers";

/**
 * The console's own return page, as the browser reaches it: UQPAY's 3DS page sends the customer
 * back there, and that page shows the payment. Built from the request so it works behind any host.
 */
export async function consoleReturnUrl(): Promise<string> {
  const h = await headers();
  const host = h.get("x-forwarded-host")?.split(",")[0]?.trim() || h.get("host") || "localhost:3000";
  const proto = h.get("x-forwarded-proto")?.split(",")[0]?.trim() || (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${proto}://${host}/payments/return`;
}
