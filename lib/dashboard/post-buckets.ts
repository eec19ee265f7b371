import { db } from "../db/client";

/**
 * Posts per fifteen minutes (by time posted), for the trend chart and the
 * total: counting a million posts on every live refresh is too slow, so the
 * settled buckets — those ending more than a quarter of an hour ago, where a late post is
 * rare — are counted once per process and kept; only the last half hour or so is
 * counted on each call. The kept counts are rebuilt every half hour, which
 * also catches late posts and retention deletions. Read-only; used by
 * the dashboard queries (figure-queries.ts, trend-queries.ts) only.
 */
export const BUCKET_MS = 15 * 60_000;
const SETTLE_MS = 15 * 60_000;
const REBUILD_MS = 30 * 60_000;
const ORIGIN = new Date("2000-01-01T00:00:00Z");

type Settled = { until: number; builtAt: number; counts: Map<number, number> };
const holder = globalThis as unknown as { __vigiePostBuckets?: Map<string, Settled> };

const floorToBucket = (ms: number) => Math.floor(ms / BUCKET_MS) * BUCKET_MS;

/** Bucket start (ms) → posts posted in it, for every post posted by `now`. */
export async function postBuckets(activationId: string, now: Date): Promise<Map<number, number>> {
  holder.__vigiePostBuckets ??= new Map();
  const cache = holder.__vigiePostBuckets;
  const settledUntil = floorToBucket(Date.now() - SETTLE_MS);
  let settled = cache.get(activationId);
  if (!settled || Date.now() - settled.builtAt > REBUILD_MS) {
    settled = { until: Number.NEGATIVE_INFINITY, builtAt: Date.now(), counts: new Map() };
    cache.set(activationId, settled);
  }
  if (settled.until < settledUntil) {
    const rows = await countBuckets(activationId, Number.isFinite(settled.until) ? new Date(settled.until) : null, new Date(settledUntil));
    for (const [bucket, count] of rows) settled.counts.set(bucket, count);
    settled.until = settledUntil;
  }
  // Settled buckets up to `now` (a situation report may ask about the past), then the rest counted live.
  const liveFrom = Math.min(settled.until, floorToBucket(now.getTime()));
  const result = new Map<number, number>();
  for (const [bucket, count] of settled.counts) if (bucket < liveFrom) result.set(bucket, count);
  for (const [bucket, count] of await countBuckets(activationId, new Date(liveFrom), now, true)) result.set(bucket, count);
  return result;
}

/** Forget the kept counts (tests, benchmark's cold run). */
export function forgetPostBuckets(): void {
  holder.__vigiePostBuckets?.clear();
}

async function countBuckets(activationId: string, from: Date | null, to: Date, inclusive = false): Promise<Map<number, number>> {
  const rows = await db().$queryRaw<{ bucket: Date; count: bigint }[]>`
    SELECT date_bin('15 minutes'::interval, "postedAt", ${ORIGIN}) AS bucket, count(*) AS count
    FROM "Post"
    WHERE "activationId" = ${activationId}::uuid
      AND (${from}::timestamptz IS NULL OR "postedAt" >= ${from})
      AND ("postedAt" < ${to} OR (${inclusive} AND "postedAt" = ${to}))
    GROUP BY 1`;
  return new Map(rows.map((row) => [row.bucket.getTime(), Number(row.count)]));
}
