import { db } from "../db/client";

const RADIUS_M = 1_000;
const WINDOW_MS = 2 * 3600_000;

/**
 * Reports that look like this one — same category, observed within two
 * hours, located within about a kilometre — which Vigie proposes to merge.
 * Reports without a location are compared on category and time only when
 * neither has one.
 */
export async function findSimilarReports(activationId: string, reportId: string): Promise<{ id: string; title: string; status: string; distanceM: number | null }[]> {
  const report = await db().report.findFirst({ where: { id: reportId, activationId }, select: { category: true, observedAt: true, lat: true, lon: true } });
  if (!report) return [];
  const candidates = await db().report.findMany({
    where: {
      activationId,
      id: { not: reportId },
      mergedIntoId: null,
      category: report.category,
      status: { not: "FALSE" },
      observedAt: { gte: new Date(report.observedAt.getTime() - WINDOW_MS), lte: new Date(report.observedAt.getTime() + WINDOW_MS) },
    },
    select: { id: true, title: true, status: true, lat: true, lon: true },
    take: 50,
  });
  return candidates
    .map((c) => ({ id: c.id, title: c.title, status: c.status, distanceM: report.lat !== null && report.lon !== null && c.lat !== null && c.lon !== null ? distanceMetres(report.lat, report.lon, c.lat, c.lon) : null, located: c.lat !== null }))
    .filter((c) => (c.distanceM !== null ? c.distanceM <= RADIUS_M : report.lat === null && !c.located))
    .sort((a, b) => (a.distanceM ?? 0) - (b.distanceM ?? 0))
    .slice(0, 5)
    .map(({ located: _located, ...rest }) => rest);
}

/** Great-circle distance (haversine), good to a few metres at these scales. */
export function distanceMetres(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.sqrt(a));
}
