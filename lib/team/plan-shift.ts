import type { SessionUser } from "../auth/session-user";
import { requireCoordination } from "../activation/require-coordination";
import { shiftInputSchema } from "../activation/schemas";
import { mutate } from "../db/mutate";
import { AppError } from "../errors";

/**
 * Plans who is on watch from when to when. A person cannot hold two
 * overlapping shifts (in this activation or another): the check runs under a
 * lock on the person, so two coordinators planning at once cannot both win.
 */
export async function planShift(actor: SessionUser, activationId: string, input: unknown): Promise<{ id: string }> {
  const access = await requireCoordination(actor, activationId);
  if (access.activation.status === "CLOSED" || access.activation.status === "ARCHIVED") throw new AppError("CONFLICT", "already_closed");
  const shift = shiftInputSchema.parse(input);
  return mutate(actor, async ({ tx, audit, emitToActivation }) => {
    const member = await tx.activationMember.findUnique({
      where: { activationId_userId: { activationId, userId: shift.userId } },
      include: { user: { select: { name: true } } },
    });
    if (!member) throw new AppError("INVALID_INPUT", "shift_not_member");
    if (member.role === "OBSERVER") throw new AppError("INVALID_INPUT", "shift_observer");
    await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${shift.userId}::uuid FOR UPDATE`;
    const overlapping = await tx.shift.findFirst({
      where: { userId: shift.userId, startsAt: { lt: shift.endsAt }, endsAt: { gt: shift.startsAt } },
      select: { id: true },
    });
    if (overlapping) throw new AppError("CONFLICT", "shift_overlap");
    const created = await tx.shift.create({ data: { activationId, ...shift, createdById: actor.id } });
    await audit({ action: "shift.plan", entity: "Shift", entityId: created.id, activationId, after: shift });
    await emitToActivation(activationId, "shift:changed", { shiftId: created.id, userId: shift.userId, name: member.user.name });
    return { id: created.id };
  });
}
