import type { SessionUser } from "../auth/session-user";
import { clock } from "../clock";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";

export type ActivationSummary = {
  id: string;
  name: string;
  slug: string;
  hazard: string;
  status: string;
  departements: string[];
  activatedAt: Date | null;
  updatedAt: Date;
};

/**
 * The activations a user may read, most recently active first. The filter
 * mirrors permissions.ts (checked against it in the integration tests).
 */
export async function listActivationsForUser(user: Pick<SessionUser, "id" | "role" | "organizationId">): Promise<ActivationSummary[]> {
  const where = visibleActivationsWhere(user, clock().now());
  return db().activation.findMany({
    where,
    select: { id: true, name: true, slug: true, hazard: true, status: true, departements: true, activatedAt: true, updatedAt: true },
    orderBy: [{ status: "asc" }, { updatedAt: "desc" }],
  });
}

export function visibleActivationsWhere(user: Pick<SessionUser, "id" | "role" | "organizationId">, now: Date): Prisma.ActivationWhereInput {
  switch (user.role) {
    case "ADMIN":
      return {};
    case "AUTHORITY":
      // Mirrors authority-window.ts: the organisation's window, or an open named grant.
      return {
        OR: [
          {
            authorities: { some: { organizationId: user.organizationId } },
            activatedAt: { lte: now },
            OR: [{ authorityAccessUntil: null }, { authorityAccessUntil: { gt: now } }],
          },
          { authorityGrants: { some: { userId: user.id, revokedAt: null, startsAt: { lte: now }, endsAt: { gt: now } } } },
        ],
      };
    case "COORDINATOR":
      return { OR: [{ ownerOrganizationId: user.organizationId }, { members: { some: { userId: user.id } } }] };
    case "VOLUNTEER":
      return { members: { some: { userId: user.id } } };
  }
}
