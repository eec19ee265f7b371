import type { SessionUser } from "../auth/session-user";
import { db } from "../db/client";
import { AppError } from "../errors";
import { assertAdmin } from "./require-admin";
import { uuidSchema } from "./schemas";
import type { UserRow } from "./list-users";

export async function getUser(actor: SessionUser, userId: string): Promise<UserRow> {
  assertAdmin(actor);
  const id = uuidSchema.safeParse(userId);
  if (!id.success) throw new AppError("NOT_FOUND", "User not found");
  const row = await db().user.findUnique({ where: { id: id.data }, include: { organization: { select: { name: true } } } });
  if (!row) throw new AppError("NOT_FOUND", "User not found");
  const { email, name, role, locale, active, organizationId } = row;
  return { id: row.id, email, name, role, locale, active, organizationId, organizationName: row.organization.name };
}
