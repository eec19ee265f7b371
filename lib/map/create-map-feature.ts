import type { SessionUser } from "../auth/session-user";
import { requireActivationCapability } from "../activation/get-activation-access";
import { mutate } from "../db/mutate";
import { MAP_FEATURE_EVENT, type MapFeatureEvent } from "../realtime/events";
import { createMapFeatureSchema, featureBBox } from "./feature-schemas";
import { toMapFeatureDto, type MapFeatureDto } from "./map-feature-dto";

/** A volunteer draws a point, line or polygon (a flooded area, a closed road…) on the watch-room map. */
export async function createMapFeature(actor: SessionUser, activationId: string, input: unknown): Promise<MapFeatureDto> {
  await requireActivationCapability(actor, activationId, "triage");
  const { kind, geometry, label, note } = createMapFeatureSchema.parse(input);
  const box = featureBBox(geometry);
  return mutate(actor, async ({ tx, audit, emitToActivation }) => {
    const row = await tx.mapFeature.create({
      data: { activationId, kind, geometry, label, note, minLat: box.south, minLon: box.west, maxLat: box.north, maxLon: box.east, createdById: actor.id },
    });
    const feature = toMapFeatureDto(row);
    await audit({ action: "mapFeature.create", entity: "MapFeature", entityId: row.id, activationId, after: { kind, label, note, geometry } });
    await emitToActivation(activationId, MAP_FEATURE_EVENT, { action: "created", feature } satisfies MapFeatureEvent);
    return feature;
  });
}
