import type { SessionUser } from "../auth/session-user";
import { mutate } from "../db/mutate";
import { AppError } from "../errors";
import { assertAdmin } from "./require-admin";
import { userUpdateSchema, uuidSchema } from "./schemas";
import { isUniqueViolation } from "./unique-violation";

/**
 * Edits an account's email, name, role, organisation or locale. A change of
 * role or organisation ends the user's sessions, since their rights changed.
 */
export async function updateUser(actor: SessionUser, userId: string, input: unknown): Promise<void> {
  assertAdmin(actor);
  const id = uuidSchema.parse(userId);
  const data = userUpdateSchema.parse(input);
  try {
    await mutate(actor, async ({ tx, audit, emitToUser }) => {
      const before = await tx.user.findUnique({ where: { id } });
      if (!before) throw new AppError("NOT_FOUND", "User not found");
      const rightsChanged = before.role !== data.role || before.organizationId !== data.organizationId;
      await tx.user.update({
        where: { id },
        data: { ...data, sessionVersion: rightsChanged ? { increment: 1 } : undefined },
      });
      const { email, name, role, organizationId, locale } = before;
      await audit({ action: "user.update", entity: "User", entityId: id, before: { email, name, role, organizationId, locale }, after: data });
      if (rightsChanged) emitToUser(id, "session:revoked", { reason: "rights_changed" });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", "email_taken");
    throw error;
  }
}
