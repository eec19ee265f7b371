import type { SessionUser } from "../auth/session-user";
import { requireCoordination } from "../activation/require-coordination";
import { clock } from "../clock";
import { mutate } from "../db/mutate";
import { AppError } from "../errors";

/** Takes someone off an activation's team; their future shifts there are cancelled. */
export async function removeActivationMember(actor: SessionUser, activationId: string, userId: string): Promise<void> {
  await requireCoordination(actor, activationId);
  await mutate(actor, async ({ tx, audit, emitToActivation, emitToUser }) => {
    const member = await tx.activationMember.findUnique({ where: { activationId_userId: { activationId, userId } } });
    if (!member) throw new AppError("NOT_FOUND", "member_not_found");
    await tx.activationMember.delete({ where: { activationId_userId: { activationId, userId } } });
    const cancelled = await tx.shift.deleteMany({ where: { activationId, userId, startsAt: { gt: clock().now() } } });
    await audit({ action: "member.remove", entity: "ActivationMember", entityId: userId, activationId, before: { role: member.role }, after: { futureShiftsCancelled: cancelled.count } });
    await emitToActivation(activationId, "team:changed", { userId, role: null });
    emitToUser(userId, "activations:changed", { activationId });
  });
}
