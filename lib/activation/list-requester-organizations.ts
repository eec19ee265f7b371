import { db } from "../db/client";

/** Authorities that can request a watch: every active organisation that is not a volunteer association. */
export async function listRequesterOrganizations(): Promise<{ id: string; name: string; type: string }[]> {
  return db().organization.findMany({
    where: { active: true, type: { not: "VOLUNTEER_ASSOCIATION" } },
    select: { id: true, name: true, type: true },
    orderBy: { name: "asc" },
  });
}
