import { db } from "../db/client";
import type { Role } from "../db/generated/enums";

/** What a session (JWT) carries about its user. */
export type SessionUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  organizationId: string;
  locale: string;
  sessionVersion: number;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type SessionClaims = { uid?: unknown; sv?: unknown };

/**
 * Turns session claims into the current user, or null when the account was
 * deactivated or its session version bumped since the token was issued. Run on
 * every request and socket connection, so revocation takes effect at once.
 */
export async function loadSessionUser(claims: SessionClaims | null | undefined): Promise<SessionUser | null> {
  if (!claims || typeof claims.uid !== "string" || typeof claims.sv !== "number") return null;
  if (!UUID.test(claims.uid)) return null;
  const user = await db().user.findUnique({
    where: { id: claims.uid },
    include: { organization: { select: { active: true } } },
  });
  if (!user || !canSignIn(user) || user.sessionVersion !== claims.sv) return null;
  return toSessionUser(user);
}

/** An account may hold a session while it and its organisation are active. */
export function canSignIn(user: { active: boolean; organization: { active: boolean } }): boolean {
  return user.active && user.organization.active;
}

export function toSessionUser(user: SessionUser): SessionUser {
  const { id, email, name, role, organizationId, locale, sessionVersion } = user;
  return { id, email, name, role, organizationId, locale, sessionVersion };
}
