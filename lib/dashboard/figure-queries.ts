import { db } from "../db/client";
import { postBuckets } from "./post-buckets";
import { asCount, isLive, type QueryScope } from "./query-scope";

/** Posts per minute is averaged over this window. */
export const RATE_WINDOW_MINUTES = 10;

export type ReportFigures = {
  total: number;
  byStatus: Record<string, number>;
  byCategory: Record<string, number>;
  bySeverity: Record<string, number>;
};

/** Reports by status, category and severity: a few dozen grouped counts, summed here. */
export async function reportFigures({ activationId, now }: QueryScope): Promise<ReportFigures> {
  const rows = isLive(now)
    ? await db().$queryRaw<{ status: string; category: string; severity: number; count: bigint }[]>`
        SELECT "status"::text AS status, "category", "severity", sum("n") AS count
        FROM "ReportTally" WHERE "activationId" = ${activationId}::uuid AND "n" > 0
        GROUP BY 1, 2, 3`
    : await db().$queryRaw<{ status: string; category: string; severity: number; count: bigint }[]>`
        SELECT "status"::text AS status, "category", "severity", count(*) AS count
        FROM "Report"
        WHERE "activationId" = ${activationId}::uuid AND "mergedIntoId" IS NULL AND "createdAt" <= ${now}
        GROUP BY 1, 2, 3`;
  const figures: ReportFigures = { total: 0, byStatus: {}, byCategory: {}, bySeverity: {} };
  const add = (into: Record<string, number>, key: string, count: number) => (into[key] = (into[key] ?? 0) + count);
  for (const row of rows) {
    const count = asCount(row.count);
    figures.total += count;
    add(figures.byStatus, row.status, count);
    add(figures.byCategory, row.category, count);
    add(figures.bySeverity, String(row.severity), count);
  }
  return figures;
}

/**
 * Reports confirmed during the last hour and still confirmed. Reports carry no
 * confirmation time: the audit log does (a direct status change, or a second
 * volunteer's agreement or a coordinator's override of a requested one).
 */
export async function confirmedLastHour({ activationId, now }: QueryScope): Promise<number> {
  const since = new Date(now.getTime() - 3600_000);
  const [row] = await db().$queryRaw<{ count: bigint }[]>`
    SELECT count(DISTINCT a."entityId") AS count
    FROM "AuditLog" a
    JOIN "Report" r ON r."id" = a."entityId"::uuid
    WHERE a."activationId" = ${activationId}::uuid AND a."at" > ${since} AND a."at" <= ${now}
      AND a."action" IN ('report.status', 'report.review.agreed', 'report.review.overridden')
      AND a."after"->>'status' = 'CONFIRMED'
      AND r."status" = 'CONFIRMED' AND r."mergedIntoId" IS NULL`;
  return asCount(row?.count);
}

export type PostRate = { total: number; lastWindow: number; perMinute: number };

/** Posts received in all (posted by `now`), and per minute over the last ten minutes (by arrival time). */
export async function postRate({ activationId, now }: QueryScope): Promise<PostRate> {
  const since = new Date(now.getTime() - RATE_WINDOW_MINUTES * 60_000);
  const [buckets, [row]] = await Promise.all([
    postBuckets(activationId, now),
    db().$queryRaw<{ recent: bigint }[]>`
      SELECT count(*) AS recent FROM "Post" WHERE "activationId" = ${activationId}::uuid AND "ingestedAt" > ${since} AND "ingestedAt" <= ${now}`,
  ]);
  let total = 0;
  for (const count of buckets.values()) total += count;
  const lastWindow = asCount(row?.recent);
  return { total, lastWindow, perMinute: Math.round((lastWindow / RATE_WINDOW_MINUTES) * 10) / 10 };
}
