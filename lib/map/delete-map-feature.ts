import type { SessionUser } from "../auth/session-user";
import { requireActivationCapability } from "../activation/get-activation-access";
import { clock } from "../clock";
import { mutate } from "../db/mutate";
import { syncPublishedFeature } from "../public-map/public-feature-sync";
import { AppError, requireUuid } from "../errors";
import { MAP_FEATURE_EVENT, type MapFeatureEvent } from "../realtime/events";
import { deleteMapFeatureSchema } from "./feature-schemas";
import { MapFeatureConflictError } from "./map-feature-conflict";
import { toMapFeatureDto } from "./map-feature-dto";

/**
 * Removes a drawn feature (kept with deletedAt for the audit trail). Like an edit, it names the
 * version it was decided on: deleting a shape someone just changed is refused.
 */
export async function deleteMapFeature(actor: SessionUser, activationId: string, featureId: string, input: unknown): Promise<void> {
  requireUuid(featureId, "map_feature_not_found");
  await requireActivationCapability(actor, activationId, "triage");
  const { version } = deleteMapFeatureSchema.parse(input);
  await mutate(actor, async (ctx) => {
    const { tx, audit, emitToActivation } = ctx;
    const current = await tx.mapFeature.findFirst({ where: { id: featureId, activationId, deletedAt: null } });
    if (!current) throw new AppError("NOT_FOUND", "map_feature_not_found");
    const { count } = await tx.mapFeature.updateMany({ where: { id: featureId, version, deletedAt: null }, data: { deletedAt: clock().now(), version: { increment: 1 } } });
    if (count === 0) throw new MapFeatureConflictError(current.version);
    await audit({ action: "mapFeature.delete", entity: "MapFeature", entityId: featureId, activationId, before: { kind: current.kind, label: current.label, note: current.note, geometry: current.geometry } });
    const feature = { ...toMapFeatureDto(current), version: current.version + 1 };
    await emitToActivation(activationId, MAP_FEATURE_EVENT, { action: "deleted", feature } satisfies MapFeatureEvent);
    // A published item follows on open public maps (coarsened there, never the exact point).
    await syncPublishedFeature(ctx, { activationId, featureId });
  });
}
