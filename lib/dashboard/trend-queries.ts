import { db } from "../db/client";
import { postBuckets } from "./post-buckets";
import { asCount, isLive, type QueryScope } from "./query-scope";

/** Width of one trend bucket. */
export const TREND_BUCKET_MINUTES = 15;

export type TrendPoint = { at: string; posts: number; reports: number; byCategory: Record<string, number> };

/**
 * Posts (by time posted) and reports (by time created, per category) per
 * fifteen minutes since the activation started (at most the last seven days).
 */
export async function trends({ activationId, now }: QueryScope): Promise<TrendPoint[]> {
  const [activation] = await db().$queryRaw<{ start: Date }[]>`
    SELECT COALESCE("activatedAt", "createdAt") AS start FROM "Activation" WHERE "id" = ${activationId}::uuid`;
  if (!activation) return [];
  const floor = new Date(Math.max(activation.start.getTime(), now.getTime() - 7 * 86400_000));
  const bucketMs = TREND_BUCKET_MINUTES * 60_000;
  const start = new Date(Math.floor(floor.getTime() / bucketMs) * bucketMs);
  const interval = `${TREND_BUCKET_MINUTES} minutes`;
  const [buckets, reports] = await Promise.all([
    postBuckets(activationId, now),
    db().$queryRaw<{ bucket: Date; category: string; count: bigint }[]>`
      SELECT date_bin(${interval}::interval, "createdAt", ${start}) AS bucket, "category", count(*) AS count
      FROM "Report" WHERE "activationId" = ${activationId}::uuid AND "mergedIntoId" IS NULL AND "createdAt" >= ${start} AND "createdAt" <= ${now}
      GROUP BY 1, 2`,
  ]);
  const points = new Map<number, TrendPoint>();
  for (let at = start.getTime(); at <= now.getTime(); at += bucketMs) points.set(at, { at: new Date(at).toISOString(), posts: 0, reports: 0, byCategory: {} });
  for (const [bucket, count] of buckets) {
    const point = points.get(bucket);
    if (point) point.posts = count;
  }
  for (const row of reports) {
    const point = points.get(row.bucket.getTime());
    if (!point) continue;
    point.reports += asCount(row.count);
    point.byCategory[row.category] = asCount(row.count);
  }
  return [...points.values()];
}

export type CommuneRow = { commune: string; total: number; confirmed: number; maxSeverity: number; byCategory: Record<string, number> };

/**
 * The most affected communes: reports not found false, per commune (the
 * report's place name) and category, the most reported first.
 */
export async function affectedCommunes({ activationId, now }: QueryScope, limit = 50): Promise<CommuneRow[]> {
  type Row = { commune: string; category: string; total: bigint; confirmed: bigint; maxSeverity: number };
  const rows = isLive(now)
    ? await db().$queryRaw<Row[]>`
        WITH counted AS (
          SELECT "placeName" AS commune, "category", sum("n") AS total,
                 sum("n") FILTER (WHERE "status" = 'CONFIRMED') AS confirmed, max("severity") AS "maxSeverity"
          FROM "ReportTally"
          WHERE "activationId" = ${activationId}::uuid AND "placeName" <> '' AND "status" <> 'FALSE' AND "n" > 0
          GROUP BY 1, 2
        ), top AS (
          SELECT commune FROM counted GROUP BY commune ORDER BY sum(confirmed) DESC NULLS LAST, sum(total) DESC, commune LIMIT ${limit}
        )
        SELECT c.* FROM counted c JOIN top USING (commune)`
    : await db().$queryRaw<Row[]>`
        WITH counted AS (
          SELECT "placeName" AS commune, "category", count(*) AS total,
                 count(*) FILTER (WHERE "status" = 'CONFIRMED') AS confirmed, max("severity") AS "maxSeverity"
          FROM "Report"
          WHERE "activationId" = ${activationId}::uuid AND "mergedIntoId" IS NULL AND "placeName" IS NOT NULL
            AND "status" <> 'FALSE' AND "createdAt" <= ${now}
          GROUP BY 1, 2
        ), top AS (
          SELECT commune FROM counted GROUP BY commune ORDER BY sum(confirmed) DESC, sum(total) DESC, commune LIMIT ${limit}
        )
        SELECT c.* FROM counted c JOIN top USING (commune)`;
  const communes = new Map<string, CommuneRow>();
  for (const row of rows) {
    const entry = communes.get(row.commune) ?? { commune: row.commune, total: 0, confirmed: 0, maxSeverity: 0, byCategory: {} };
    entry.total += asCount(row.total);
    entry.confirmed += asCount(row.confirmed);
    entry.maxSeverity = Math.max(entry.maxSeverity, row.maxSeverity);
    entry.byCategory[row.category] = asCount(row.total);
    communes.set(row.commune, entry);
  }
  return [...communes.values()].sort((a, b) => b.confirmed - a.confirmed || b.total - a.total || a.commune.localeCompare(b.commune, "fr"));
}
