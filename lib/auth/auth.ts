import NextAuth, { CredentialsSignin, type User } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { isAppError } from "../errors";
import { authenticateUser } from "./authenticate-user";
import { clientIpFrom } from "./client-ip";
import { loginSchema } from "./schemas";

class RateLimitedSignin extends CredentialsSignin {
  code = "rate_limited";
}

type VigieUser = User & { sv: number };

/**
 * Auth.js: email + password, JWT sessions carrying the user id, role,
 * organisation and session version. The version is re-checked against the
 * database on every request (guards.ts) and socket connection.
 */
export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  // A wrong password is an expected outcome, shown to the user: not an error worth a stack trace in the logs.
  logger: {
    error(error) {
      if (error.name === "CredentialsSignin" || (error as { type?: string }).type === "CredentialsSignin") return;
      console.error(error);
    },
  },
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      authorize: async (credentials, request) => {
        const parsed = loginSchema.safeParse(credentials);
        if (!parsed.success) return null;
        try {
          const user = await authenticateUser({ ...parsed.data, ip: clientIpFrom(request.headers) });
          const result: VigieUser = { id: user.id, name: user.name, email: user.email, sv: user.sessionVersion };
          Object.assign(result, { role: user.role, organizationId: user.organizationId });
          return result;
        } catch (error) {
          if (isAppError(error) && error.code === "RATE_LIMITED") throw new RateLimitedSignin();
          if (isAppError(error)) return null;
          throw error;
        }
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        const signedIn = user as VigieUser & { role: string; organizationId: string };
        token.uid = signedIn.id;
        token.sv = signedIn.sv;
        token.role = signedIn.role;
        token.org = signedIn.organizationId;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, uid: token.uid, sv: token.sv };
    },
  },
});
