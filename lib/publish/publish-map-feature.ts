import type { SessionUser } from "../auth/session-user";
import { requireCoordination } from "../activation/require-coordination";
import { mutate } from "../db/mutate";
import { AppError, requireUuid } from "../errors";
import { toMapFeatureDto } from "../map/map-feature-dto";
import { PUBLIC_FEATURE_SELECT, toPublicFeature } from "../public-map/public-items";
import { MAP_FEATURE_EVENT, type MapFeatureEvent } from "../realtime/events";
import { checkPublicText } from "./check-public-text";
import { PersonalDataRefusal } from "./publish-errors";
import { publishFeatureSchema } from "./schemas";

/**
 * A coordinator puts a drawn feature (flooded area, closed road, shelter…) on the public map
 * under a public label, refused while the label carries personal data. The note never goes
 * public. Audited `mapFeature.publish`; live in the watch room and on open public maps.
 * With `version`, a feature changed since the coordinator looked at it is refused.
 */
export async function publishMapFeature(actor: SessionUser, activationId: string, featureId: string, input: unknown): Promise<{ published: true }> {
  await requireCoordination(actor, activationId);
  requireUuid(featureId, "feature_not_found");
  const { publicLabel, version } = publishFeatureSchema.parse(input);
  const flags = checkPublicText({ publicLabel });
  if (flags.length) throw new PersonalDataRefusal(flags);
  return mutate(actor, async ({ tx, audit, emitToActivation, emitPublic }) => {
    const feature = await tx.mapFeature.findFirst({ where: { id: featureId, activationId, deletedAt: null }, select: { version: true, published: true, publicLabel: true } });
    if (!feature) throw new AppError("NOT_FOUND", "feature_not_found");
    if (version !== undefined && version !== feature.version) throw new AppError("CONFLICT", "feature_changed");
    const row = await tx.mapFeature.update({
      where: { id: featureId },
      data: { published: true, publicLabel, publishedAt: feature.published ? undefined : new Date() },
      select: { ...PUBLIC_FEATURE_SELECT, label: true, note: true, version: true, updatedAt: true, published: true },
    });
    await audit({
      action: "mapFeature.publish",
      entity: "MapFeature",
      entityId: featureId,
      activationId,
      before: { published: feature.published, publicLabel: feature.publicLabel },
      after: { published: true, publicLabel },
    });
    // The watch-room maps' own event, so open popups show the publication.
    await emitToActivation(activationId, MAP_FEATURE_EVENT, { action: "updated", feature: toMapFeatureDto(row) } satisfies MapFeatureEvent);
    emitPublic(activationId, "public:feature", toPublicFeature(row));
    return { published: true as const };
  });
}

/** One click: the feature leaves the public map (audited `mapFeature.unpublish`, live). Twice changes nothing. */
export async function unpublishMapFeature(actor: SessionUser, activationId: string, featureId: string): Promise<{ unpublished: boolean }> {
  await requireCoordination(actor, activationId);
  requireUuid(featureId, "feature_not_found");
  return mutate(actor, async ({ tx, audit, emitToActivation, emitPublic }) => {
    const feature = await tx.mapFeature.findFirst({ where: { id: featureId, activationId }, select: { published: true, publishedAt: true } });
    if (!feature) throw new AppError("NOT_FOUND", "feature_not_found");
    const { count } = await tx.mapFeature.updateMany({ where: { id: featureId, published: true }, data: { published: false, publishedAt: null } });
    if (count === 0) return { unpublished: false };
    await audit({ action: "mapFeature.unpublish", entity: "MapFeature", entityId: featureId, activationId, before: { published: true, publishedAt: feature.publishedAt }, after: { published: false, reason: "manual" } });
    const row = await tx.mapFeature.findUniqueOrThrow({ where: { id: featureId } });
    await emitToActivation(activationId, MAP_FEATURE_EVENT, { action: row.deletedAt ? "deleted" : "updated", feature: toMapFeatureDto(row) } satisfies MapFeatureEvent);
    emitPublic(activationId, "public:removed", { kind: "feature", id: featureId });
    return { unpublished: true };
  });
}
