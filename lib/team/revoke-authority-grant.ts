import type { SessionUser } from "../auth/session-user";
import { requireCoordination } from "../activation/require-coordination";
import { clock } from "../clock";
import { mutate } from "../db/mutate";
import { AppError } from "../errors";

export async function revokeAuthorityGrant(actor: SessionUser, activationId: string, grantId: string): Promise<void> {
  await requireCoordination(actor, activationId);
  await mutate(actor, async ({ tx, audit, emitToUser }) => {
    const grant = await tx.authorityGrant.findFirst({ where: { id: grantId, activationId } });
    if (!grant) throw new AppError("NOT_FOUND", "grant_not_found");
    if (grant.revokedAt) return;
    await tx.authorityGrant.update({ where: { id: grantId }, data: { revokedAt: clock().now() } });
    await audit({ action: "authority.revoke", entity: "AuthorityGrant", entityId: grantId, activationId });
    emitToUser(grant.userId, "activations:changed", { activationId });
  });
}
