import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import authConfig from "./auth.config";
import { consoleEnv } from "./lib/env";
import { contentSecurityPolicy } from "./lib/security/headers.mjs";

const { auth } = NextAuth(authConfig);

/**
 * Convenience redirects for signed-out visitors (every action and route handler authorises by
 * itself), and each page's nonce CSP: Next reads the nonce from the request's CSP header and puts
 * it on its own scripts.
 */
export default auth((request) => {
  if (!authConfig.callbacks.authorized({ auth: request.auth, request })) {
    const signIn = request.nextUrl.clone();
    signIn.pathname = authConfig.pages.signIn;
    signIn.searchParams.set("callbackUrl", request.nextUrl.href);
    return NextResponse.redirect(signIn);
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, { dev: consoleEnv().NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", csp);
  // A server action's answer may carry card details (reveal) or other personal data: never cached.
  if (request.method === "POST" && request.headers.has("next-action")) response.headers.set("cache-control", "no-store");
  return response;
});

export const config = {
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
