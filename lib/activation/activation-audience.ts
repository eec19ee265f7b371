import type { Tx } from "../db/client";

/**
 * Everyone whose home screen lists this activation (or may start to): members,
 * the owner association's coordinators, admins, requesting authorities' users
 * and named grantees. Used to refresh home screens live.
 */
export async function activationAudience(tx: Tx, activationId: string): Promise<string[]> {
  const activation = await tx.activation.findUniqueOrThrow({
    where: { id: activationId },
    select: {
      ownerOrganizationId: true,
      members: { select: { userId: true } },
      authorities: { select: { organizationId: true } },
      authorityGrants: { select: { userId: true } },
    },
  });
  const users = await tx.user.findMany({
    where: {
      active: true,
      OR: [
        { role: "ADMIN" },
        { role: "COORDINATOR", organizationId: activation.ownerOrganizationId },
        { role: "AUTHORITY", organizationId: { in: activation.authorities.map((a) => a.organizationId) } },
        { id: { in: [...activation.members.map((m) => m.userId), ...activation.authorityGrants.map((g) => g.userId)] } },
      ],
    },
    select: { id: true },
  });
  return users.map((user) => user.id);
}
