import type { ReportCategory } from "../activation/hazard-template-types";
import type { Capability } from "../auth/permissions";
import { db } from "../db/client";
import { reportPointsById, type ReportPoint } from "./grid-aggregates";
import { resolveTileConfig, type TileConfig } from "./tile-config";

export type MapFocus = { lat: number; lon: number; zoom: number; report: ReportPoint | null };

export type MapPageData = {
  tiles: TileConfig;
  area: unknown;
  /** [[south, west], [north, east]]: the first view when nothing is focused. */
  bounds: [[number, number], [number, number]];
  categories: ReportCategory[];
  timeZone: string;
  /** Oldest report time (ISO) for the custom time slider; the activation's start if none. */
  since: string;
  canDraw: boolean;
  /** Coordinators publish drawings to the public map. */
  canPublish: boolean;
  canExport: boolean;
  focus: MapFocus | null;
};

/**
 * What the map page needs besides its data stream: basemap settings, area outline, categories,
 * the user's rights, and what to centre on (`?report=<id>`, or `?lat&lon&zoom`). Access is
 * checked by the page's guard (requireActivationPage) before this runs.
 */
export async function getMapPageData(activationId: string, capabilities: Set<Capability>, search: { report?: string; lat?: string; lon?: string; zoom?: string }): Promise<MapPageData> {
  const activation = await db().activation.findUniqueOrThrow({
    where: { id: activationId },
    select: { area: true, bboxWest: true, bboxSouth: true, bboxEast: true, bboxNorth: true, reportCategories: true, timeZone: true, createdAt: true, mapTileUrl: true, mapTileAttribution: true, mapOfflineOnly: true },
  });
  const oldest = await db().report.findFirst({ where: { activationId }, orderBy: { observedAt: "asc" }, select: { observedAt: true } });
  return {
    tiles: resolveTileConfig(activation),
    area: activation.area,
    bounds: [[activation.bboxSouth, activation.bboxWest], [activation.bboxNorth, activation.bboxEast]],
    categories: activation.reportCategories as ReportCategory[],
    timeZone: activation.timeZone,
    since: (oldest && oldest.observedAt < activation.createdAt ? oldest.observedAt : activation.createdAt).toISOString(),
    canDraw: capabilities.has("triage"),
    canPublish: capabilities.has("coordinate"),
    canExport: capabilities.has("coordinate") || capabilities.has("acknowledge"),
    focus: await focusOf(activationId, search),
  };
}

async function focusOf(activationId: string, search: { report?: string; lat?: string; lon?: string; zoom?: string }): Promise<MapFocus | null> {
  const zoom = clampZoom(Number(search.zoom ?? 15));
  if (search.report && /^[0-9a-f-]{36}$/i.test(search.report)) {
    const [report] = await reportPointsById(activationId, [search.report]);
    return report ? { lat: report.lat, lon: report.lon, zoom, report } : null;
  }
  const lat = Number(search.lat);
  const lon = Number(search.lon);
  if (search.lat && search.lon && Number.isFinite(lat) && Number.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180) return { lat, lon, zoom, report: null };
  return null;
}

function clampZoom(zoom: number): number {
  return Number.isFinite(zoom) ? Math.min(19, Math.max(3, Math.round(zoom))) : 15;
}
