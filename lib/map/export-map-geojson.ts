import type { SessionUser } from "../auth/session-user";
import { getActivationAccess } from "../activation/get-activation-access";
import { db } from "../db/client";
import { AppError } from "../errors";
import { redactAccountsAndPersonalData as redact } from "../pii/redact-accounts-and-personal-data";
import { exportedReports } from "./grid-aggregates";
import { reportFilterOf } from "./get-map-view";
import { mapFilterSchema } from "./map-query-schema";

export type MapGeoJson = { type: "FeatureCollection"; features: { type: "Feature"; geometry: unknown; properties: Record<string, unknown> }[] };

/**
 * The watch-room map as GeoJSON, with the map's filters: reports (title, description, category,
 * status, severity, currency, time, place) and drawn features (type, label, note). For
 * coordinators and authority users. Never an author (handle, name, user) nor a post's text; and
 * since an exported file travels (e-mail, shared drives), the free texts leave with personal data
 * (phone numbers, addresses, names, handles) replaced by placeholders.
 */
export async function exportMapGeoJson(user: SessionUser, activationId: string, input: unknown): Promise<MapGeoJson> {
  const access = await getActivationAccess(user, activationId);
  if (!access.capabilities.has("coordinate") && !access.capabilities.has("acknowledge")) throw new AppError("FORBIDDEN", "Missing right: coordinate");
  const filters = mapFilterSchema.parse(input);
  const reports = await exportedReports(reportFilterOf(activationId, filters, null));
  const drawn = await db().mapFeature.findMany({ where: { activationId, deletedAt: null }, orderBy: { createdAt: "asc" }, select: { id: true, kind: true, geometry: true, label: true, note: true, updatedAt: true } });
  return {
    type: "FeatureCollection",
    features: [
      ...reports.map(({ lat, lon, ...properties }) => ({
        type: "Feature" as const,
        geometry: { type: "Point", coordinates: [lon, lat] },
        properties: { layer: "report", ...properties, title: redact(properties.title), description: redact(properties.description) },
      })),
      ...drawn.map((feature) => ({
        type: "Feature" as const,
        geometry: feature.geometry,
        properties: { layer: "drawing", id: feature.id, kind: feature.kind, label: redact(feature.label), note: redact(feature.note), updatedAt: feature.updatedAt.toISOString() },
      })),
    ],
  };
}
