import { z } from "zod";
import { activationCapabilities, type Capability } from "../auth/permissions";
import type { SessionUser } from "../auth/session-user";
import { db } from "../db/client";
import { AppError } from "../errors";

export type ActivationAccess = {
  activation: { id: string; name: string; slug: string; hazard: string; status: string };
  capabilities: Set<Capability>;
};

/**
 * The user's effective rights on one activation. Throws NOT_FOUND when the
 * activation does not exist or the user may not even read it, so an authority
 * user cannot learn that another authority's activation exists.
 */
export async function getActivationAccess(user: Pick<SessionUser, "id" | "role" | "organizationId">, activationId: string): Promise<ActivationAccess> {
  if (!z.uuid().safeParse(activationId).success) throw new AppError("NOT_FOUND", "Activation not found");
  const activation = await db().activation.findUnique({
    where: { id: activationId },
    select: {
      id: true,
      name: true,
      slug: true,
      hazard: true,
      status: true,
      ownerOrganizationId: true,
      members: { where: { userId: user.id }, select: { role: true } },
      authorities: { where: { organizationId: user.organizationId }, select: { access: true } },
    },
  });
  if (!activation) throw new AppError("NOT_FOUND", "Activation not found");
  const capabilities = activationCapabilities({
    user,
    activation,
    membership: activation.members[0] ?? null,
    organizationHasAuthorityAccess: activation.authorities.length > 0,
  });
  if (!capabilities.has("read")) throw new AppError("NOT_FOUND", "Activation not found");
  const { id, name, slug, hazard, status } = activation;
  return { activation: { id, name, slug, hazard, status }, capabilities };
}

/** Same as getActivationAccess, and requires one capability. */
export async function requireActivationCapability(
  user: Pick<SessionUser, "id" | "role" | "organizationId">,
  activationId: string,
  capability: Capability,
): Promise<ActivationAccess> {
  const access = await getActivationAccess(user, activationId);
  if (!access.capabilities.has(capability)) throw new AppError("FORBIDDEN", `Missing right: ${capability}`);
  return access;
}
