import { getToken } from "next-auth/jwt";
import { loadSessionUser, type SessionUser } from "../auth/session-user";

/**
 * Authenticates a Socket.IO handshake from the same Auth.js session cookie as
 * the pages, and checks the account is still active at its session version.
 */
export async function authenticateHandshake(
  headers: Record<string, string | string[] | undefined>,
  secret: string,
): Promise<SessionUser | null> {
  const cookie = typeof headers.cookie === "string" ? headers.cookie : undefined;
  if (!cookie) return null;
  for (const secureCookie of [false, true]) {
    const token = await getToken({ req: { headers: { cookie } }, secret, secureCookie });
    if (token) return loadSessionUser(token as { uid?: unknown; sv?: unknown });
  }
  return null;
}
