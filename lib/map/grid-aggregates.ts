/**
 * The map's raw SQL, in one module so PostGIS (ST_SnapToGrid, ST_ClusterKMeans, a GiST index)
 * can replace it later without touching callers. PostGIS is not in the embedded PostgreSQL, so
 * clusters are a plain GROUP BY on floor(lat / cell), floor(lon / cell) over the partial index
 * "Report_map_idx" (activationId, lat, lon) — 100,000 reports aggregate in tens of milliseconds.
 *
 * Every query skips merged reports and reports without a place, and applies the same filters.
 */
import { pgPool } from "../db/pg-pool";
import { cellIndex, type MapBBox } from "./grid";
import { DEFAULT_MAP_STATUSES } from "./map-query-schema";

export type ReportFilterSql = {
  activationId: string;
  bbox: MapBBox | null;
  statuses: readonly string[] | undefined;
  categories: readonly string[] | undefined;
  severities: readonly number[] | undefined;
  from: Date | null;
  to: Date | null;
};

export type ReportCluster = { key: string; count: number; lat: number; lon: number; urgent: number; confirmed: number; category: string; maxSeverity: number; sampleId: string };
export type ReportPoint = {
  id: string;
  title: string;
  category: string;
  status: string;
  severity: number;
  escalated: boolean;
  lat: number;
  lon: number;
  precision: string | null;
  placeName: string | null;
  observedAt: string;
  version: number;
};
export type CommuneCount = { name: string; count: number; lat: number; lon: number };
export type PostPoint = { key: string; count: number; lat: number; lon: number; id: string | null; network: string | null; postedAt: string | null };
export type ExportedReport = Omit<ReportPoint, "escalated" | "version"> & { description: string; currency: string };

/** The WHERE clause and its parameters (numbered from 1) shared by every report query. */
function reportWhere(filter: ReportFilterSql): { sql: string; params: unknown[] } {
  const params: unknown[] = [filter.activationId, filter.statuses?.length ? filter.statuses : DEFAULT_MAP_STATUSES];
  const clauses = [`"activationId" = $1::uuid`, `lat IS NOT NULL`, `"mergedIntoId" IS NULL`, `status = ANY($2::"ReportStatus"[])`];
  const add = (clause: (n: number) => string, value: unknown) => {
    params.push(value);
    clauses.push(clause(params.length));
  };
  if (filter.bbox) {
    add((n) => `lat >= $${n}`, filter.bbox.south);
    add((n) => `lat <= $${n}`, filter.bbox.north);
    add((n) => `lon >= $${n}`, filter.bbox.west);
    add((n) => `lon <= $${n}`, filter.bbox.east);
  }
  if (filter.categories?.length) add((n) => `category = ANY($${n}::text[])`, filter.categories);
  if (filter.severities?.length) add((n) => `severity = ANY($${n}::int[])`, filter.severities);
  if (filter.from) add((n) => `"observedAt" >= $${n}`, filter.from);
  if (filter.to) add((n) => `"observedAt" <= $${n}`, filter.to);
  return { sql: clauses.join(" AND "), params };
}

/**
 * Reports grouped in square cells of `cell` degrees: count, centroid, urgency, commonest category.
 * Two hash aggregations (per cell and category, then per cell) rather than an ordered-set
 * aggregate: no sort of the 100,000 rows, so no spill to disk.
 */
export async function reportClusters(filter: ReportFilterSql, cell: number): Promise<ReportCluster[]> {
  const where = reportWhere(filter);
  const c = where.params.length + 1;
  const { rows } = await pgPool().query<{ gy: number; gx: number; n: number; lat: number; lon: number; urgent: number; confirmed: number; category: string; max_severity: number; sample_id: string }>(
    `WITH per_category AS (
       SELECT floor(lat / $${c})::int AS gy, floor(lon / $${c})::int AS gx, category, count(*) AS n,
              sum(lat) AS sum_lat, sum(lon) AS sum_lon,
              count(*) FILTER (WHERE severity >= 4 OR escalated) AS urgent,
              count(*) FILTER (WHERE status = 'CONFIRMED') AS confirmed,
              max(severity) AS max_severity, min(id::text) AS sample_id
         FROM "Report" WHERE ${where.sql}
        GROUP BY 1, 2, 3)
     SELECT gy, gx, sum(n)::int AS n, (sum(sum_lat) / sum(n))::float8 AS lat, (sum(sum_lon) / sum(n))::float8 AS lon,
            sum(urgent)::int AS urgent, sum(confirmed)::int AS confirmed,
            (array_agg(category ORDER BY n DESC, category))[1] AS category,
            max(max_severity)::int AS max_severity, min(sample_id) AS sample_id
       FROM per_category GROUP BY gy, gx`,
    [...where.params, cell],
  );
  return rows.map((row) => ({ key: `${row.gy}:${row.gx}`, count: row.n, lat: row.lat, lon: row.lon, urgent: row.urgent, confirmed: row.confirmed, category: row.category, maxSeverity: row.max_severity, sampleId: row.sample_id }));
}

const POINT_COLUMNS = `id::text AS id, left(title, 160) AS title, category, status::text AS status, severity, escalated, lat, lon, precision, "placeName", "observedAt", version`;
type PointRow = { id: string; title: string; category: string; status: string; severity: number; escalated: boolean; lat: number; lon: number; precision: string | null; placeName: string | null; observedAt: Date; version: number };
const toPoint = (row: PointRow): ReportPoint => ({ ...row, observedAt: row.observedAt.toISOString() });

/** Individual reports matching the filter, most severe first, at most `limit`. */
export async function reportPoints(filter: ReportFilterSql, limit: number): Promise<ReportPoint[]> {
  const where = reportWhere(filter);
  const { rows } = await pgPool().query<PointRow>(
    `SELECT ${POINT_COLUMNS} FROM "Report" WHERE ${where.sql} ORDER BY severity DESC, "observedAt" DESC LIMIT $${where.params.length + 1}`,
    [...where.params, limit],
  );
  return rows.map(toPoint);
}

/** Some reports by id (the lone report of a one-report cell, a report to centre on). */
export async function reportPointsById(activationId: string, ids: readonly string[]): Promise<ReportPoint[]> {
  if (!ids.length) return [];
  const { rows } = await pgPool().query<PointRow>(`SELECT ${POINT_COLUMNS} FROM "Report" WHERE "activationId" = $1::uuid AND id = ANY($2::uuid[]) AND lat IS NOT NULL`, [activationId, ids]);
  return rows.map(toPoint);
}

/** Reports per named place (commune) in the viewport: the "communes" layer's circles. */
export async function communeCounts(filter: ReportFilterSql, limit = 500): Promise<CommuneCount[]> {
  const where = reportWhere(filter);
  const { rows } = await pgPool().query<{ name: string; n: number; lat: number; lon: number }>(
    `SELECT "placeName" AS name, count(*)::int AS n, avg(lat)::float8 AS lat, avg(lon)::float8 AS lon
       FROM "Report" WHERE ${where.sql} AND "placeName" IS NOT NULL AND precision <> 'departement'
      GROUP BY "placeName" ORDER BY n DESC, name LIMIT $${where.params.length + 1}`,
    [...where.params, limit],
  );
  return rows.map((row) => ({ name: row.name, count: row.n, lat: row.lat, lon: row.lon }));
}

/** Geotagged posts of the viewport, clustered like the reports; a lone post comes with its id. */
export async function postClusters(options: { activationId: string; bbox: MapBBox; cell: number; from: Date | null; to: Date | null }): Promise<PostPoint[]> {
  const { activationId, bbox, cell, from, to } = options;
  const { rows } = await pgPool().query<{ gy: number; gx: number; n: number; lat: number; lon: number; id: string; network: string; posted_at: Date }>(
    `SELECT floor("geoLat" / $6)::int AS gy, floor("geoLon" / $6)::int AS gx, count(*)::int AS n,
            avg("geoLat")::float8 AS lat, avg("geoLon")::float8 AS lon,
            min(id)::text AS id, min(network::text) AS network, max("postedAt") AS posted_at
       FROM "Post"
      WHERE "activationId" = $1::uuid AND "geoLat" BETWEEN $2 AND $3 AND "geoLon" BETWEEN $4 AND $5
        AND ($7::timestamptz IS NULL OR "postedAt" >= $7) AND ($8::timestamptz IS NULL OR "postedAt" <= $8)
      GROUP BY 1, 2 LIMIT 2000`,
    [activationId, bbox.south, bbox.north, bbox.west, bbox.east, cell, from, to],
  );
  return rows.map((row) => ({
    key: `${row.gy}:${row.gx}`,
    count: row.n,
    lat: row.lat,
    lon: row.lon,
    id: row.n === 1 ? row.id : null,
    network: row.n === 1 ? row.network : null,
    postedAt: row.n === 1 ? row.posted_at.toISOString() : null,
  }));
}

/** Every report matching the filter, for the GeoJSON export (no author, no post text). */
export async function exportedReports(filter: ReportFilterSql): Promise<ExportedReport[]> {
  const where = reportWhere(filter);
  const { rows } = await pgPool().query<PointRow & { description: string; currency: string }>(
    `SELECT id::text AS id, title, description, category, status::text AS status, severity, currency::text AS currency,
            lat, lon, precision, "placeName", "observedAt"
       FROM "Report" WHERE ${where.sql} ORDER BY "observedAt"`,
    where.params,
  );
  return rows.map((row) => ({ id: row.id, title: row.title, description: row.description, category: row.category, status: row.status, severity: row.severity, currency: row.currency, lat: row.lat, lon: row.lon, precision: row.precision, placeName: row.placeName, observedAt: row.observedAt.toISOString() }));
}

/** The cell key of a position (tests and callers compare clusters with it). */
export function cellKeyOf(lat: number, lon: number, cell: number): string {
  return `${cellIndex(lat, cell)}:${cellIndex(lon, cell)}`;
}
