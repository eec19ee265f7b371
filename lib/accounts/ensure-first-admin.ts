import { hashPassword } from "../auth/password";
import { db } from "../db/client";
import { mutate } from "../db/mutate";

export type FirstAdminInput = { email?: string; password?: string; name: string };

/**
 * Outside demo mode, the first admin comes from VIGIE_ADMIN_EMAIL and
 * VIGIE_ADMIN_PASSWORD; nothing is created when an admin already exists.
 */
export async function ensureFirstAdmin(input: FirstAdminInput): Promise<"exists" | "created" | "missing"> {
  if ((await db().user.count({ where: { role: "ADMIN", active: true } })) > 0) return "exists";
  if (!input.email || !input.password) return "missing";
  const passwordHash = await hashPassword(input.password);
  await mutate(null, async ({ tx, audit }) => {
    const org =
      (await tx.organization.findFirst({ where: { name: "Administration" } })) ??
      (await tx.organization.create({ data: { name: "Administration", type: "OTHER" } }));
    const user = await tx.user.create({
      data: { email: input.email!.toLowerCase(), name: input.name, role: "ADMIN", organizationId: org.id, passwordHash },
    });
    await audit({ action: "user.create_first_admin", entity: "User", entityId: user.id, after: { email: user.email } });
  });
  return "created";
}
