import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import authConfig from "@/auth.config";
import { getDb } from "@/lib/db";
import { plainTextErrors } from "@/lib/actions/text-guard";
import { clientIp } from "./client-ip";
import { authenticate } from "./sign-in";

class ThrottledSignIn extends CredentialsSignin {
  code = "throttled";
}
class InvalidSignIn extends CredentialsSignin {
  code = "invalid";
}

const credentialsSchema = z.object({ email: z.string().trim().min(1).max(320), password: z.string().min(1).max(1024) });

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  logger: {
    // A refused sign-in is expected and already audited; it is not a server error worth a stack trace.
    error(error) {
      if (error instanceof CredentialsSignin || error.name === "CredentialsSignin") return;
      console.error("[auth]", error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        // No account's email holds markup or control characters: refused before it could reach the audit log.
        if (!parsed.success || plainTextErrors(parsed.data)) throw new InvalidSignIn();
        const result = await authenticate(await getDb(), { ...parsed.data, ip: clientIp(request.headers) });
        if (!result.ok) throw result.reason === "throttled" ? new ThrottledSignIn() : new InvalidSignIn();
        return result.user;
      },
    }),
  ],
});
