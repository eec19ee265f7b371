import type { ReportCategory } from "../activation/hazard-template-types";
import { db } from "../db/client";
import { resolveTileConfig, type TileConfig } from "../map/tile-config";

export type DashboardContext = {
  id: string;
  name: string;
  timeZone: string;
  status: string;
  ownerOrganization: string;
  activatedAt: Date | null;
  bbox: [number, number, number, number];
  categories: ReportCategory[];
  /** The basemap of the activation's maps (the dashboard's falls back to the bundled outlines like the others). */
  tiles: TileConfig;
};

/** What the dashboard, the event log and the situation reports show about the activation itself. Callers check read access. */
export async function getDashboardContext(activationId: string): Promise<DashboardContext> {
  const activation = await db().activation.findUniqueOrThrow({
    where: { id: activationId },
    select: { id: true, name: true, timeZone: true, status: true, activatedAt: true, bboxWest: true, bboxSouth: true, bboxEast: true, bboxNorth: true, reportCategories: true, mapTileUrl: true, mapTileAttribution: true, mapOfflineOnly: true, ownerOrganization: { select: { name: true } } },
  });
  return {
    id: activation.id,
    name: activation.name,
    timeZone: activation.timeZone,
    status: activation.status,
    activatedAt: activation.activatedAt,
    ownerOrganization: activation.ownerOrganization.name,
    bbox: [activation.bboxWest, activation.bboxSouth, activation.bboxEast, activation.bboxNorth],
    categories: activation.reportCategories as ReportCategory[],
    tiles: resolveTileConfig(activation),
  };
}
