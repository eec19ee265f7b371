import type { SessionUser } from "../auth/session-user";
import { requireCoordination } from "../activation/require-coordination";
import { mutate } from "../db/mutate";
import { AppError } from "../errors";

export async function cancelShift(actor: SessionUser, activationId: string, shiftId: string): Promise<void> {
  await requireCoordination(actor, activationId);
  await mutate(actor, async ({ tx, audit, emitToActivation }) => {
    const shift = await tx.shift.findFirst({ where: { id: shiftId, activationId } });
    if (!shift) throw new AppError("NOT_FOUND", "shift_not_found");
    await tx.shift.delete({ where: { id: shiftId } });
    await audit({ action: "shift.cancel", entity: "Shift", entityId: shiftId, activationId, before: { userId: shift.userId, startsAt: shift.startsAt, endsAt: shift.endsAt } });
    await emitToActivation(activationId, "shift:changed", { shiftId, cancelled: true });
  });
}
