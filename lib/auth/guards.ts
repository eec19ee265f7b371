import { forbidden, notFound, redirect } from "next/navigation";
import { cache } from "react";
import { getActivationAccess, type ActivationAccess } from "../activation/get-activation-access";
import { isAppError } from "../errors";
import { auth } from "./auth";
import type { Capability } from "./permissions";
import { loadSessionUser, type SessionUser } from "./session-user";

/**
 * Guards for pages, actions and route handlers. Each request re-reads the
 * account, so a deactivated user or a bumped session version is refused at once.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = (await auth()) as { uid?: unknown; sv?: unknown } | null;
  return loadSessionUser(session);
});

export async function requireUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect("/login");
  return user;
}

export async function requireAdminUser(): Promise<SessionUser> {
  const user = await requireUser();
  if (user.role !== "ADMIN") forbidden();
  return user;
}

// The layout and the page of one request both ask: read the rights once (same user object per request).
const activationAccess = cache((user: SessionUser, activationId: string) => getActivationAccess(user, activationId));

/** For activation pages: 404 when the user may not read it, 403 when a right is missing. */
export async function requireActivationPage(activationId: string, capability: Capability = "read"): Promise<{ user: SessionUser; access: ActivationAccess }> {
  const user = await requireUser();
  try {
    const access = await activationAccess(user, activationId);
    if (!access.capabilities.has(capability)) forbidden();
    return { user, access };
  } catch (error) {
    if (isAppError(error)) notFound();
    throw error;
  }
}
