import type { SessionUser } from "../auth/session-user";
import { mutate } from "../db/mutate";
import { AppError } from "../errors";
import { assertAdmin } from "./require-admin";
import { organizationInputSchema, uuidSchema } from "./schemas";
import { isUniqueViolation } from "./unique-violation";

/**
 * Renames, retypes, deactivates or reactivates an organisation. Deactivating it
 * ends its users' sessions at once (they are checked against it on every request).
 */
export async function updateOrganization(actor: SessionUser, organizationId: string, input: unknown): Promise<void> {
  assertAdmin(actor);
  const id = uuidSchema.parse(organizationId);
  const data = organizationInputSchema.parse(input);
  try {
    await mutate(actor, async ({ tx, audit, emitToUser }) => {
      const before = await tx.organization.findUnique({ where: { id } });
      if (!before) throw new AppError("NOT_FOUND", "Organization not found");
      await tx.organization.update({ where: { id }, data });
      await audit({
        action: "organization.update",
        entity: "Organization",
        entityId: id,
        before: { name: before.name, type: before.type, active: before.active },
        after: data,
      });
      if (before.active && !data.active) {
        // Bumped, so reactivating the organisation later does not revive old sessions.
        await tx.user.updateMany({ where: { organizationId: id }, data: { sessionVersion: { increment: 1 } } });
        const users = await tx.user.findMany({ where: { organizationId: id }, select: { id: true } });
        for (const user of users) emitToUser(user.id, "session:revoked", { reason: "organization_deactivated" });
      }
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", "organization_name_taken");
    throw error;
  }
}
