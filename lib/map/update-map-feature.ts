import type { SessionUser } from "../auth/session-user";
import { requireActivationCapability } from "../activation/get-activation-access";
import { mutate } from "../db/mutate";
import { syncPublishedFeature } from "../public-map/public-feature-sync";
import { AppError, requireUuid } from "../errors";
import { MAP_FEATURE_EVENT, type MapFeatureEvent } from "../realtime/events";
import { featureBBox, updateMapFeatureSchema } from "./feature-schemas";
import { MapFeatureConflictError } from "./map-feature-conflict";
import { toMapFeatureDto, type MapFeatureDto } from "./map-feature-dto";

/**
 * Changes a drawn feature (shape, type, label, note) with optimistic locking: the change names
 * the version it was made on, and is refused if someone changed the feature in between.
 */
export async function updateMapFeature(actor: SessionUser, activationId: string, featureId: string, input: unknown): Promise<MapFeatureDto> {
  requireUuid(featureId, "map_feature_not_found");
  await requireActivationCapability(actor, activationId, "triage");
  const { version, geometry, ...fields } = updateMapFeatureSchema.parse(input);
  return mutate(actor, async (ctx) => {
    const { tx, audit, emitToActivation } = ctx;
    const current = await tx.mapFeature.findFirst({ where: { id: featureId, activationId, deletedAt: null } });
    if (!current) throw new AppError("NOT_FOUND", "map_feature_not_found");
    const box = geometry ? featureBBox(geometry) : null;
    // The version check and the write are one statement: two concurrent saves cannot both pass.
    const { count } = await tx.mapFeature.updateMany({
      where: { id: featureId, version, deletedAt: null },
      data: { ...fields, ...(geometry && box ? { geometry, minLat: box.south, minLon: box.west, maxLat: box.north, maxLon: box.east } : {}), version: { increment: 1 } },
    });
    if (count === 0) throw new MapFeatureConflictError(current.version);
    const row = await tx.mapFeature.findUniqueOrThrow({ where: { id: featureId } });
    const changed = { ...fields, ...(geometry ? { geometry } : {}) };
    const before = Object.fromEntries(Object.keys(changed).map((key) => [key, (current as Record<string, unknown>)[key]]));
    const feature = toMapFeatureDto(row);
    await audit({ action: "mapFeature.update", entity: "MapFeature", entityId: featureId, activationId, before, after: changed });
    await emitToActivation(activationId, MAP_FEATURE_EVENT, { action: "updated", feature } satisfies MapFeatureEvent);
    // A published item follows on open public maps (coarsened there, never the exact point).
    await syncPublishedFeature(ctx, { activationId, featureId });
    return feature;
  });
}
