import { getToken } from "next-auth/jwt";
import { loadSessionUser, type SessionUser } from "../auth/session-user";

export type SocketSession = { user: SessionUser; expiresAt: number };

/**
 * Authenticates a Socket.IO handshake from the same Auth.js session cookie as
 * the pages, and checks the account is still active at its session version.
 * The token's expiry comes along: a socket may not outlive the session it was opened with.
 */
export async function authenticateHandshake(
  headers: Record<string, string | string[] | undefined>,
  secret: string,
): Promise<SocketSession | null> {
  const cookie = typeof headers.cookie === "string" ? headers.cookie : undefined;
  if (!cookie) return null;
  for (const secureCookie of [false, true]) {
    const token = await getToken({ req: { headers: { cookie } }, secret, secureCookie });
    if (!token) continue;
    const user = await loadSessionUser(token as { uid?: unknown; sv?: unknown });
    // getToken already refuses an expired token; a token without `exp` gets none beyond this check.
    return user && typeof token.exp === "number" ? { user, expiresAt: token.exp * 1000 } : null;
  }
  return null;
}
