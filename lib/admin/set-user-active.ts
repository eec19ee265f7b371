import type { SessionUser } from "../auth/session-user";
import { mutate } from "../db/mutate";
import { AppError } from "../errors";
import { assertAdmin } from "./require-admin";
import { uuidSchema } from "./schemas";

/**
 * Deactivates or reactivates an account. Deactivation bumps the session
 * version, so the user's open pages and sockets stop working at once.
 */
export async function setUserActive(actor: SessionUser, userId: string, active: boolean): Promise<void> {
  assertAdmin(actor);
  const id = uuidSchema.parse(userId);
  if (id === actor.id && !active) throw new AppError("INVALID_INPUT", "cannot_deactivate_self");
  await mutate(actor, async ({ tx, audit, emitToUser }) => {
    const before = await tx.user.findUnique({ where: { id } });
    if (!before) throw new AppError("NOT_FOUND", "User not found");
    if (before.active === active) return;
    await tx.user.update({ where: { id }, data: { active, sessionVersion: { increment: 1 } } });
    await audit({
      action: active ? "user.reactivate" : "user.deactivate",
      entity: "User",
      entityId: id,
      before: { active: before.active },
      after: { active },
    });
    if (!active) emitToUser(id, "session:revoked", { reason: "deactivated" });
  });
}
