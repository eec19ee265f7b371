import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "./auth";
import { loadSessionUser, type SessionUser } from "./session-user";

/**
 * Guards for pages, actions and route handlers. Each request re-reads the
 * account, so a deactivated user or a bumped session version is refused at once.
 * Activation pages have theirs in lib/activation/require-activation-page.ts.
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
