import { clock } from "../clock";
import { db } from "../db/client";

export type TeamView = {
  members: { userId: string; name: string; email: string; role: string; userRole: string }[];
  candidates: { id: string; name: string; role: string }[];
  grants: { id: string; name: string; organization: string; startsAt: Date; endsAt: Date; open: boolean; revokedAt: Date | null; reason: string | null }[];
  authorityCandidates: { id: string; name: string; organization: string }[];
};

/** The team page's data. Callers check read access first; only coordinators see the forms. */
export async function getTeam(activationId: string): Promise<TeamView> {
  const now = clock().now();
  const activation = await db().activation.findUniqueOrThrow({
    where: { id: activationId },
    select: {
      ownerOrganizationId: true,
      members: { include: { user: { select: { name: true, email: true, role: true } } }, orderBy: { createdAt: "asc" } },
      authorityGrants: { include: { user: { select: { name: true, organization: { select: { name: true } } } } }, orderBy: { startsAt: "desc" } },
    },
  });
  const memberIds = activation.members.map((m) => m.userId);
  const [candidates, authorities] = await Promise.all([
    db().user.findMany({
      where: { organizationId: activation.ownerOrganizationId, active: true, role: { in: ["COORDINATOR", "VOLUNTEER"] }, id: { notIn: memberIds } },
      select: { id: true, name: true, role: true },
      orderBy: { name: "asc" },
    }),
    db().user.findMany({ where: { role: "AUTHORITY", active: true }, select: { id: true, name: true, organization: { select: { name: true } } }, orderBy: { name: "asc" } }),
  ]);
  return {
    members: activation.members.map((m) => ({ userId: m.userId, name: m.user.name, email: m.user.email, role: m.role, userRole: m.user.role })),
    candidates,
    grants: activation.authorityGrants.map((g) => ({
      id: g.id,
      name: g.user.name,
      organization: g.user.organization.name,
      startsAt: g.startsAt,
      endsAt: g.endsAt,
      revokedAt: g.revokedAt,
      reason: g.reason,
      open: !g.revokedAt && g.startsAt <= now && now < g.endsAt,
    })),
    authorityCandidates: authorities.map((a) => ({ id: a.id, name: a.name, organization: a.organization.name })),
  };
}
