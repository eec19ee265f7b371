import type { SessionUser } from "../auth/session-user";
import { db } from "../db/client";
import { AppError } from "../errors";
import { assertAdmin } from "./require-admin";
import { uuidSchema } from "./schemas";

export async function getOrganization(actor: SessionUser, organizationId: string) {
  assertAdmin(actor);
  const id = uuidSchema.safeParse(organizationId);
  if (!id.success) throw new AppError("NOT_FOUND", "Organization not found");
  const row = await db().organization.findUnique({ where: { id: id.data }, select: { id: true, name: true, type: true, active: true } });
  if (!row) throw new AppError("NOT_FOUND", "Organization not found");
  return row;
}
