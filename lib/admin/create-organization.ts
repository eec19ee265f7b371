import type { SessionUser } from "../auth/session-user";
import { mutate } from "../db/mutate";
import { AppError } from "../errors";
import { assertAdmin } from "./require-admin";
import { organizationInputSchema } from "./schemas";
import { isUniqueViolation } from "./unique-violation";

/** Creates an organisation (association, prefecture, fire service…). Admins only; audited. */
export async function createOrganization(actor: SessionUser, input: unknown): Promise<{ id: string }> {
  assertAdmin(actor);
  const data = organizationInputSchema.parse(input);
  try {
    return await mutate(actor, async ({ tx, audit }) => {
      const org = await tx.organization.create({ data });
      await audit({ action: "organization.create", entity: "Organization", entityId: org.id, after: data });
      return { id: org.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", "organization_name_taken");
    throw error;
  }
}
