import { grantOpen, organizationWindowOpen } from "../auth/authority-window";
import { activationCapabilities, type Capability } from "../auth/permissions";
import type { SessionUser } from "../auth/session-user";
import { clock } from "../clock";
import { db } from "../db/client";
import { AppError, requireUuid } from "../errors";

export type ActivationAccess = {
  activation: { id: string; name: string; slug: string; hazard: string; status: string; timeZone: string; blurMedia: boolean };
  capabilities: Set<Capability>;
};

type Actor = Pick<SessionUser, "id" | "role" | "organizationId">;

/**
 * The user's effective rights on one activation, now. Throws NOT_FOUND when
 * the activation does not exist or the user may not even read it (so an
 * authority user cannot learn that another authority's activation exists, and
 * expired access looks the same as none).
 */
export async function getActivationAccess(user: Actor, activationId: string): Promise<ActivationAccess> {
  requireUuid(activationId, "Activation not found");
  const now = clock().now();
  const activation = await db().activation.findUnique({
    where: { id: activationId },
    select: {
      id: true,
      name: true,
      slug: true,
      hazard: true,
      status: true,
      timeZone: true,
      blurMedia: true,
      ownerOrganizationId: true,
      activatedAt: true,
      authorityAccessUntil: true,
      members: { where: { userId: user.id }, select: { role: true } },
      authorities: { where: { organizationId: user.organizationId }, select: { access: true } },
      authorityGrants: { where: { userId: user.id }, select: { startsAt: true, endsAt: true, revokedAt: true } },
    },
  });
  if (!activation) throw new AppError("NOT_FOUND", "Activation not found");
  const organizationOpen = activation.authorities.length > 0 && organizationWindowOpen(activation, now);
  const namedGrantOpen = activation.authorityGrants.some((grant) => grantOpen(grant, now));
  const capabilities = activationCapabilities({
    user,
    activation,
    membership: activation.members[0] ?? null,
    organizationHasAuthorityAccess: organizationOpen || namedGrantOpen,
  });
  if (!capabilities.has("read")) throw new AppError("NOT_FOUND", "Activation not found");
  const { id, name, slug, hazard, status, timeZone, blurMedia } = activation;
  return { activation: { id, name, slug, hazard, status, timeZone, blurMedia }, capabilities };
}

/** Same as getActivationAccess, and requires one capability. */
export async function requireActivationCapability(user: Actor, activationId: string, capability: Capability): Promise<ActivationAccess> {
  const access = await getActivationAccess(user, activationId);
  if (!access.capabilities.has(capability)) throw new AppError("FORBIDDEN", `Missing right: ${capability}`);
  return access;
}
