import type { SessionUser } from "../auth/session-user";
import { getActivationAccess } from "../activation/get-activation-access";
import { clock } from "../clock";
import { cellSizeDegrees, showIndividualPoints, snapBBoxToCells, POINTS_HARD_LIMIT } from "./grid";
import { communeCounts, postClusters, reportClusters, reportPoints, reportPointsById, type CommuneCount, type PostPoint, type ReportCluster, type ReportPoint, type ReportFilterSql } from "./grid-aggregates";
import { mapViewQuerySchema, timeRange, type MapFilters } from "./map-query-schema";

export type MapView = {
  zoom: number;
  /** Side of a cluster cell, in degrees. */
  cell: number;
  total: number;
  /** Groups of two or more reports (empty when every report is shown one by one). */
  clusters: Omit<ReportCluster, "sampleId">[];
  /** Reports shown one by one: all of them at high zoom or small counts, else the lone report of a cell. */
  points: ReportPoint[];
  communes?: CommuneCount[];
  posts?: PostPoint[];
};

/** The SQL filter of the map's filters (time window resolved against the clock). */
export function reportFilterOf(activationId: string, filters: MapFilters, bbox: ReportFilterSql["bbox"]): ReportFilterSql {
  const { from, to } = timeRange(filters, clock().now());
  return { activationId, bbox, statuses: filters.statuses, categories: filters.categories, severities: filters.severities, from, to };
}

/**
 * What the watch-room map shows in one viewport at one zoom: server-side clusters, never every
 * report (100,000 reports must not reach the browser). Anyone who may read the activation may
 * read its map (members, granted authorities); others get NOT_FOUND.
 */
export async function getMapView(user: SessionUser, activationId: string, input: unknown): Promise<MapView> {
  await getActivationAccess(user, activationId);
  const query = mapViewQuerySchema.parse(input);
  const cell = cellSizeDegrees(query.zoom);
  const bbox = snapBBoxToCells(query.bbox, cell);
  const filter = reportFilterOf(activationId, query, bbox);
  const cells = await reportClusters(filter, cell);
  const total = cells.reduce((sum, item) => sum + item.count, 0);
  const [points, clusters] = showIndividualPoints(query.zoom, total)
    ? [await reportPoints(filter, POINTS_HARD_LIMIT), []]
    : [await reportPointsById(activationId, cells.filter((item) => item.count === 1).map((item) => item.sampleId)), cells.filter((item) => item.count > 1).map(({ sampleId: _sample, ...rest }) => rest)];
  const view: MapView = { zoom: query.zoom, cell, total, clusters, points };
  if (query.layers.includes("communes")) view.communes = await communeCounts(filter);
  if (query.layers.includes("posts")) view.posts = await postClusters({ activationId, bbox, cell, from: filter.from, to: filter.to });
  return view;
}
