import { db } from "../db/client";
import { AppError } from "../errors";

export type ActivationOverview = {
  id: string;
  name: string;
  slug: string;
  hazard: string;
  status: string;
  bbox: [number, number, number, number];
  createdAt: Date;
  ownerOrganization: string;
  authorities: { name: string; access: string }[];
  members: { id: string; name: string; role: string }[];
};

/** What the activation's home page shows. Callers check read access first (getActivationAccess). */
export async function getActivationOverview(activationId: string): Promise<ActivationOverview> {
  const row = await db().activation.findUnique({
    where: { id: activationId },
    include: {
      ownerOrganization: { select: { name: true } },
      authorities: { include: { organization: { select: { name: true } } } },
      members: { include: { user: { select: { id: true, name: true } } }, orderBy: { createdAt: "asc" } },
    },
  });
  if (!row) throw new AppError("NOT_FOUND", "Activation not found");
  return {
    id: row.id,
    name: row.name,
    slug: row.slug,
    hazard: row.hazard,
    status: row.status,
    bbox: [row.bboxWest, row.bboxSouth, row.bboxEast, row.bboxNorth],
    createdAt: row.createdAt,
    ownerOrganization: row.ownerOrganization.name,
    authorities: row.authorities.map((a) => ({ name: a.organization.name, access: a.access })),
    members: row.members.map((m) => ({ id: m.user.id, name: m.user.name, role: m.role })),
  };
}
