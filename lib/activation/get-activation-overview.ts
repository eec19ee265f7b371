import { db } from "../db/client";
import { AppError } from "../errors";
import { findDepartement } from "../geo/departements";
import type { ReportCategory } from "./default-hazard-templates";

export type ActivationOverview = {
  id: string;
  name: string;
  slug: string;
  hazard: string;
  status: string;
  bbox: [number, number, number, number];
  area: unknown;
  departements: { code: string; name: string }[];
  timeZone: string;
  createdAt: Date;
  activatedAt: Date | null;
  closedAt: Date | null;
  authorityAccessUntil: Date | null;
  ownerOrganization: string;
  authorities: { name: string; access: string }[];
  members: { id: string; name: string; role: string }[];
  keywords: string[];
  hashtags: string[];
  exclusions: string[];
  languages: string[];
  reportCategories: ReportCategory[];
  expectedDurationHours: number | null;
  publicMapAllowed: boolean;
  blurMedia: boolean;
  retentionDays: number;
  authorityGraceDays: number;
  statusHistory: { from: string; to: string; by: string | null; reason: string | null; at: Date }[];
  latestHandover: { author: string; body: string; at: Date } | null;
};

/** What the activation's pages show. Callers check read access first (getActivationAccess). */
export async function getActivationOverview(activationId: string): Promise<ActivationOverview> {
  const row = await db().activation.findUnique({
    where: { id: activationId },
    include: {
      ownerOrganization: { select: { name: true } },
      authorities: { include: { organization: { select: { name: true } } } },
      members: { include: { user: { select: { id: true, name: true } } }, orderBy: { createdAt: "asc" } },
      statusChanges: { include: { actor: { select: { name: true } } }, orderBy: { at: "desc" }, take: 20 },
      handoverNotes: { include: { author: { select: { name: true } } }, orderBy: { createdAt: "desc" }, take: 1 },
    },
  });
  if (!row) throw new AppError("NOT_FOUND", "Activation not found");
  const handover = row.handoverNotes[0];
  return {
    id: row.id,
    name: row.name,
    slug: row.slug,
    hazard: row.hazard,
    status: row.status,
    bbox: [row.bboxWest, row.bboxSouth, row.bboxEast, row.bboxNorth],
    area: row.area,
    departements: row.departements.map((code) => ({ code, name: findDepartement(code)?.name ?? code })),
    timeZone: row.timeZone,
    createdAt: row.createdAt,
    activatedAt: row.activatedAt,
    closedAt: row.closedAt,
    authorityAccessUntil: row.authorityAccessUntil,
    ownerOrganization: row.ownerOrganization.name,
    authorities: row.authorities.map((a) => ({ name: a.organization.name, access: a.access })),
    members: row.members.map((m) => ({ id: m.user.id, name: m.user.name, role: m.role })),
    keywords: row.keywords,
    hashtags: row.hashtags,
    exclusions: row.exclusions,
    languages: row.languages,
    reportCategories: row.reportCategories as ReportCategory[],
    expectedDurationHours: row.expectedDurationHours,
    publicMapAllowed: row.publicMapAllowed,
    blurMedia: row.blurMedia,
    retentionDays: row.retentionDays,
    authorityGraceDays: row.authorityGraceDays,
    statusHistory: row.statusChanges.map((c) => ({ from: c.fromStatus, to: c.toStatus, by: c.actor?.name ?? null, reason: c.reason, at: c.at })),
    latestHandover: handover ? { author: handover.author.name, body: handover.body, at: handover.createdAt } : null,
  };
}
