import type { SessionUser } from "../auth/session-user";
import { db, type Tx } from "../db/client";
import { mutate } from "../db/mutate";
import { AppError } from "../errors";
import { bboxOf, validatePolygonRing, type AreaGeometry } from "../geo/area";
import { areaFromDepartements, departementsOverlapping, isInFrance } from "../geo/departement-outlines";
import { findDepartement } from "../geo/departements";
import { activationAudience } from "./activation-audience";
import { getHazardTemplate } from "./hazard-templates";
import { createActivationSchema, type AreaInput } from "./schemas";
import { slugify } from "./slugify";

/**
 * Opens a watch as a DRAFT from a hazard template: the coordinator then staffs
 * it and activates it. Coordinators (of their own association) and admins only.
 * The slug, bounding box and time zone are derived; the template's report
 * categories are copied so later template edits do not change a running watch.
 */
export async function createActivation(actor: SessionUser, input: unknown): Promise<{ id: string; slug: string }> {
  if (actor.role !== "COORDINATOR" && actor.role !== "ADMIN") throw new AppError("FORBIDDEN", "coordinators_only");
  const data = createActivationSchema.parse(input);
  const area = resolveArea(data.area);
  const template = await getHazardTemplate(data.hazard);
  const requesters = await db().organization.findMany({
    where: { id: { in: data.requesterOrganizationIds }, active: true, type: { not: "VOLUNTEER_ASSOCIATION" } },
    select: { id: true },
  });
  if (requesters.length !== data.requesterOrganizationIds.length) throw new AppError("INVALID_INPUT", "requester_invalid");

  return mutate(actor, async ({ tx, audit, emitToUser }) => {
    const slug = await uniqueSlug(tx, slugify(data.name));
    const [west, south, east, north] = area.bbox;
    const activation = await tx.activation.create({
      data: {
        name: data.name,
        slug,
        hazard: data.hazard,
        status: "DRAFT",
        area: area.geometry as object,
        bboxWest: west,
        bboxSouth: south,
        bboxEast: east,
        bboxNorth: north,
        departements: area.departements,
        timeZone: area.timeZone,
        keywords: data.keywords,
        hashtags: data.hashtags,
        exclusions: data.exclusions,
        languages: data.languages,
        reportCategories: template.reportCategories,
        expectedDurationHours: data.expectedDurationHours,
        publicMapAllowed: data.publicMapAllowed,
        blurMedia: data.blurMedia,
        retentionDays: data.retentionDays,
        authorityGraceDays: data.authorityGraceDays,
        ownerOrganizationId: actor.organizationId,
        createdById: actor.id,
        // The coordinator who opens the watch runs it.
        members: actor.role === "COORDINATOR" ? { create: [{ userId: actor.id, role: "COORDINATOR" }] } : undefined,
        authorities: { create: requesters.map((org) => ({ organizationId: org.id, access: "REQUESTER" as const })) },
      },
    });
    const { area: _area, ...summary } = data;
    await audit({ action: "activation.create", entity: "Activation", entityId: activation.id, activationId: activation.id, after: { ...summary, departements: area.departements, slug } });
    for (const userId of await activationAudience(tx, activation.id)) emitToUser(userId, "activations:changed", { activationId: activation.id });
    return { id: activation.id, slug };
  });
}

type ResolvedArea = { geometry: AreaGeometry; bbox: [number, number, number, number]; departements: string[]; timeZone: string };

function resolveArea(input: AreaInput): ResolvedArea {
  if (input.mode === "departements") {
    const codes = [...new Set(input.codes)];
    const { geometry, bbox } = areaFromDepartements(codes);
    return { geometry, bbox, departements: codes, timeZone: findDepartement(codes[0])!.timeZone };
  }
  const ring = input.ring.map(([lon, lat]) => [lon, lat]);
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first[0] !== last[0] || first[1] !== last[1]) ring.push([first[0], first[1]]);
  const problem = validatePolygonRing(ring);
  if (problem) throw new AppError("INVALID_INPUT", problem);
  const geometry: AreaGeometry = { type: "Polygon", coordinates: [ring] };
  if (!isInFrance(geometry)) throw new AppError("INVALID_INPUT", "area_outside_france");
  const overlapping = departementsOverlapping(geometry);
  const timeZone = findDepartement(overlapping[0] ?? "")?.timeZone ?? "Europe/Paris";
  return { geometry, bbox: bboxOf(geometry), departements: [], timeZone };
}

async function uniqueSlug(tx: Tx, base: string): Promise<string> {
  const taken = new Set(
    (await tx.activation.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((row) => row.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
