import type { SessionUser } from "../auth/session-user";
import { db } from "../db/client";
import { assertAdmin } from "./require-admin";

export type UserRow = {
  id: string;
  email: string;
  name: string;
  role: string;
  locale: string;
  active: boolean;
  organizationId: string;
  organizationName: string;
};

export async function listUsers(actor: SessionUser): Promise<UserRow[]> {
  assertAdmin(actor);
  const rows = await db().user.findMany({ orderBy: { name: "asc" }, include: { organization: { select: { name: true } } } });
  return rows.map((row) => ({
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    locale: row.locale,
    active: row.active,
    organizationId: row.organizationId,
    organizationName: row.organization.name,
  }));
}
