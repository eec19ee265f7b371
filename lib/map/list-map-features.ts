import type { SessionUser } from "../auth/session-user";
import { getActivationAccess } from "../activation/get-activation-access";
import { db } from "../db/client";
import { toMapFeatureDto, type MapFeatureDto } from "./map-feature-dto";

/** The activation's drawn features that are not deleted (a few hundred at most: sent whole). */
export async function listMapFeatures(user: SessionUser, activationId: string): Promise<MapFeatureDto[]> {
  await getActivationAccess(user, activationId);
  const rows = await db().mapFeature.findMany({ where: { activationId, deletedAt: null }, orderBy: { createdAt: "asc" }, take: 5000 });
  return rows.map(toMapFeatureDto);
}
