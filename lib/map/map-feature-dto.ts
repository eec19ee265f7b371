import type { MapFeatureEvent } from "../realtime/events";

export type MapFeatureDto = MapFeatureEvent["feature"];

/** What the browser gets of a drawn feature (never its author). */
export function toMapFeatureDto(row: { id: string; kind: string; geometry: unknown; label: string; note: string; version: number; updatedAt: Date; published: boolean; publicLabel: string | null }): MapFeatureDto {
  return { id: row.id, kind: row.kind, geometry: row.geometry, label: row.label, note: row.note, version: row.version, updatedAt: row.updatedAt.toISOString(), published: row.published, publicLabel: row.publicLabel };
}
