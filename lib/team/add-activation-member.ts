import type { SessionUser } from "../auth/session-user";
import { requireCoordination } from "../activation/require-coordination";
import { activationAudience } from "../activation/activation-audience";
import { mutate } from "../db/mutate";
import { AppError } from "../errors";
import { memberInputSchema } from "../activation/schemas";

/**
 * Adds a member of the association to an activation's team, or changes their
 * role there (coordinator, volunteer, observer = read-only). Authority users
 * get their access through their organisation or a named grant, never here.
 */
export async function addActivationMember(actor: SessionUser, activationId: string, input: unknown): Promise<void> {
  const access = await requireCoordination(actor, activationId);
  if (access.activation.status === "ARCHIVED") throw new AppError("CONFLICT", "already_archived");
  const { userId, role } = memberInputSchema.parse(input);
  await mutate(actor, async ({ tx, audit, emitToActivation, emitToUser }) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, name: true, role: true, active: true, organizationId: true } });
    if (!user || !user.active) throw new AppError("INVALID_INPUT", "user_required");
    const activation = await tx.activation.findUniqueOrThrow({ where: { id: activationId }, select: { ownerOrganizationId: true } });
    if (user.organizationId !== activation.ownerOrganizationId) throw new AppError("INVALID_INPUT", "member_other_association");
    if (user.role === "AUTHORITY") throw new AppError("INVALID_INPUT", "authority_not_member");
    if (user.role === "VOLUNTEER" && role === "COORDINATOR") throw new AppError("INVALID_INPUT", "volunteer_cannot_coordinate");
    const before = await tx.activationMember.findUnique({ where: { activationId_userId: { activationId, userId } } });
    await tx.activationMember.upsert({
      where: { activationId_userId: { activationId, userId } },
      create: { activationId, userId, role },
      update: { role },
    });
    await audit({ action: before ? "member.role" : "member.add", entity: "ActivationMember", entityId: userId, activationId, before: before ? { role: before.role } : null, after: { role } });
    await emitToActivation(activationId, "team:changed", { userId, name: user.name, role });
    emitToUser(userId, "activations:changed", { activationId });
    for (const audienceId of await activationAudience(tx, activationId)) if (audienceId !== userId) emitToUser(audienceId, "activations:changed", { activationId });
  });
}
