import { forbidden, notFound } from "next/navigation";
import { cache } from "react";
import { requireUser } from "../auth/guards";
import type { Capability } from "../auth/permissions";
import type { SessionUser } from "../auth/session-user";
import { isAppError } from "../errors";
import { getActivationAccess, type ActivationAccess } from "./get-activation-access";

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
