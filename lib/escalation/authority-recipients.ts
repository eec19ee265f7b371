import { grantOpen, organizationWindowOpen } from "../auth/authority-window";
import { clock } from "../clock";
import type { Tx } from "../db/client";

/**
 * The authority users who may read this activation now and so are told of
 * its escalations: active users of a requesting or granted organisation while
 * its access window is open, and holders of an open named grant. Other
 * organisations' authorities never hear of it.
 */
export async function listAuthorityRecipients(tx: Tx, activationId: string): Promise<string[]> {
  const now = clock().now();
  const activation = await tx.activation.findUniqueOrThrow({
    where: { id: activationId },
    select: {
      activatedAt: true,
      authorityAccessUntil: true,
      authorities: { select: { organizationId: true } },
      authorityGrants: { select: { userId: true, startsAt: true, endsAt: true, revokedAt: true } },
    },
  });
  const organizations = organizationWindowOpen(activation, now) ? activation.authorities.map((a) => a.organizationId) : [];
  const grantees = activation.authorityGrants.filter((grant) => grantOpen(grant, now)).map((grant) => grant.userId);
  if (organizations.length === 0 && grantees.length === 0) return [];
  const users = await tx.user.findMany({
    where: { active: true, role: "AUTHORITY", OR: [{ organizationId: { in: organizations } }, { id: { in: grantees } }] },
    select: { id: true },
  });
  return users.map((user) => user.id);
}
