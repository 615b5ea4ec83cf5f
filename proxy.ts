import NextAuth from "next-auth";
import authConfig from "./auth.config";

// Convenience redirects only: every action and route handler authorises by itself.
const { auth } = NextAuth(authConfig);
export default auth;

export const config = {
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
