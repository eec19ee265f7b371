import type { SessionUser } from "../auth/session-user";
import { db } from "../db/client";
import { assertAdmin } from "./require-admin";

export type OrganizationRow = { id: string; name: string; type: string; active: boolean; userCount: number };

export async function listOrganizations(actor: SessionUser): Promise<OrganizationRow[]> {
  assertAdmin(actor);
  const rows = await db().organization.findMany({ orderBy: { name: "asc" }, include: { _count: { select: { users: true } } } });
  return rows.map((row) => ({ id: row.id, name: row.name, type: row.type, active: row.active, userCount: row._count.users }));
}
