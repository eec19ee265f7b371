import type { SessionUser } from "../auth/session-user";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";

export type ActivationSummary = {
  id: string;
  name: string;
  slug: string;
  hazard: string;
  status: string;
  updatedAt: Date;
};

/**
 * The activations a user may read, most recently active first. The filter
 * mirrors permissions.ts (checked against it in the integration tests).
 */
export async function listActivationsForUser(user: Pick<SessionUser, "id" | "role" | "organizationId">): Promise<ActivationSummary[]> {
  const where = visibleActivationsWhere(user);
  return db().activation.findMany({
    where,
    select: { id: true, name: true, slug: true, hazard: true, status: true, updatedAt: true },
    orderBy: [{ status: "asc" }, { updatedAt: "desc" }],
  });
}

function visibleActivationsWhere(user: Pick<SessionUser, "id" | "role" | "organizationId">): Prisma.ActivationWhereInput {
  switch (user.role) {
    case "ADMIN":
      return {};
    case "AUTHORITY":
      return { authorities: { some: { organizationId: user.organizationId } } };
    case "COORDINATOR":
      return { OR: [{ ownerOrganizationId: user.organizationId }, { members: { some: { userId: user.id } } }] };
    case "VOLUNTEER":
      return { members: { some: { userId: user.id } } };
  }
}
