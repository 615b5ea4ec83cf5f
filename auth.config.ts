import type { NextAuthConfig } from "next-auth";
import { consoleEnv } from "@/lib/env";
import { isRole } from "@/lib/auth/roles";

const PUBLIC_PATHS = ["/login", "/setup"];

// Database-free half of the Auth.js config, shared by the proxy and the full config in lib/auth.
export default {
  secret: consoleEnv().AUTH_SECRET,
  trustHost: true,
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [],
  callbacks: {
    authorized({ auth, request }) {
      const isPublic = PUBLIC_PATHS.some((p) => request.nextUrl.pathname.startsWith(p));
      return isPublic || Boolean(auth?.user);
    },
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = (user as { role?: unknown }).role;
        // Kept through every re-encoding of the token (unlike iat), so revocation can compare it.
        token.signedInAt = Date.now();
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      session.user.role = isRole(token.role) ? token.role : "viewer";
      session.user.signedInAt = typeof token.signedInAt === "number" ? token.signedInAt : 0;
      return session;
    },
  },
} satisfies NextAuthConfig;
