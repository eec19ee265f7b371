import { hashPassword } from "../auth/password";
import type { SessionUser } from "../auth/session-user";
import { mutate } from "../db/mutate";
import { AppError } from "../errors";
import { assertAdmin } from "./require-admin";
import { passwordResetSchema, uuidSchema } from "./schemas";

/** Sets a new password chosen by an admin and ends the user's existing sessions. */
export async function resetUserPassword(actor: SessionUser, userId: string, input: unknown): Promise<void> {
  assertAdmin(actor);
  const id = uuidSchema.parse(userId);
  const { password } = passwordResetSchema.parse(input);
  const passwordHash = await hashPassword(password);
  await mutate(actor, async ({ tx, audit, emitToUser }) => {
    const found = await tx.user.findUnique({ where: { id }, select: { id: true, email: true } });
    if (!found) throw new AppError("NOT_FOUND", "User not found");
    await tx.user.update({ where: { id }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    // A locked-out user who asked for a reset can log in again straight away.
    await tx.loginThrottle.deleteMany({ where: { key: `account:${found.email}` } });
    await audit({ action: "user.password_reset", entity: "User", entityId: id });
    emitToUser(id, "session:revoked", { reason: "password_reset" });
  });
}
