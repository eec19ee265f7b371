import type { SessionUser } from "../auth/session-user";
import { requireCoordination } from "../activation/require-coordination";
import { grantInputSchema } from "../activation/schemas";
import { mutate } from "../db/mutate";
import { AppError } from "../errors";

/** Gives one named authority user read access to one activation, between two dates. */
export async function grantAuthorityAccess(actor: SessionUser, activationId: string, input: unknown): Promise<{ id: string }> {
  await requireCoordination(actor, activationId);
  const grant = grantInputSchema.parse(input);
  return mutate(actor, async ({ tx, audit, emitToUser }) => {
    const user = await tx.user.findUnique({ where: { id: grant.userId }, select: { role: true, active: true } });
    if (!user || !user.active || user.role !== "AUTHORITY") throw new AppError("INVALID_INPUT", "grant_authority_only");
    const created = await tx.authorityGrant.create({ data: { activationId, ...grant, grantedById: actor.id } });
    await audit({ action: "authority.grant", entity: "AuthorityGrant", entityId: created.id, activationId, after: grant });
    emitToUser(grant.userId, "activations:changed", { activationId });
    return { id: created.id };
  });
}
