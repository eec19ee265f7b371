import type { SessionUser } from "../auth/session-user";
import { hashPassword } from "../auth/password";
import { mutate } from "../db/mutate";
import { AppError } from "../errors";
import { assertAdmin } from "./require-admin";
import { userCreateSchema } from "./schemas";
import { isUniqueViolation } from "./unique-violation";

/** Creates an account with an initial password. Admins only; audited (never the hash). */
export async function createUser(actor: SessionUser, input: unknown): Promise<{ id: string }> {
  assertAdmin(actor);
  const { password, ...data } = userCreateSchema.parse(input);
  const passwordHash = await hashPassword(password);
  try {
    return await mutate(actor, async ({ tx, audit }) => {
      const org = await tx.organization.findUnique({ where: { id: data.organizationId } });
      if (!org) throw new AppError("INVALID_INPUT", "organization_required");
      const user = await tx.user.create({ data: { ...data, passwordHash } });
      await audit({ action: "user.create", entity: "User", entityId: user.id, after: data });
      return { id: user.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", "email_taken");
    throw error;
  }
}
