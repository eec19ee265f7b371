import { db } from "../db/client";
import { postBuckets } from "./post-buckets";

/**
 * Every query of the crisis dashboard, in one module (raw SQL, read-only), so
 * that the benchmark times exactly what the page runs and a later move to
 * PostGIS or materialised views touches one file. Each query takes the
 * activation and the moment it describes (`now`: the present for the live
 * dashboard, `asOf` for a situation report — nothing created later counts).
 * Merged reports live on inside the report they were merged into: never counted.
 * Callers check read access first.
 */
export type QueryScope = { activationId: string; now: Date };

/**
 * The present (not a situation report about the past): report counts then come
 * from the trigger-kept ReportTally rows (see the dashboard migration) rather
 * than from a scan of every report.
 */
const isLive = (now: Date) => now.getTime() >= Date.now() - 5_000;

const n = (value: bigint | number | null | undefined) => Number(value ?? 0);
/** Width of one trend bucket. */
export const TREND_BUCKET_MINUTES = 15;
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
    const count = n(row.count);
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
  return n(row?.count);
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
  const lastWindow = n(row?.recent);
  return { total, lastWindow, perMinute: Math.round((lastWindow / RATE_WINDOW_MINUTES) * 10) / 10 };
}

export type OpenEscalation = { id: string; reportId: string; reportTitle: string; message: string; createdAt: Date; notifyCount: number };

/** Urgent escalations nobody has acknowledged yet, oldest first (the most overdue on top). */
export async function openEscalations({ activationId, now }: QueryScope): Promise<{ count: number; items: OpenEscalation[] }> {
  const items = await db().$queryRaw<OpenEscalation[]>`
    SELECT e."id", e."reportId", r."title" AS "reportTitle", e."message", e."createdAt", e."notifyCount"
    FROM "Escalation" e JOIN "Report" r ON r."id" = e."reportId"
    WHERE e."activationId" = ${activationId}::uuid AND e."status" = 'OPEN' AND e."createdAt" <= ${now}
    ORDER BY e."createdAt" ASC`;
  return { count: items.length, items: items.slice(0, 20) };
}

export type SourceHealth = { id: string; name: string; kind: string; status: string; enabled: boolean; lastItemAt: Date | null; lastError: string | null; lastErrorAt: Date | null; itemsTotal: number };

/** Every source of the activation and how it is doing. */
export async function sourcesHealth({ activationId }: QueryScope): Promise<SourceHealth[]> {
  return db().$queryRaw<SourceHealth[]>`
    SELECT "id", "name", "kind"::text AS kind, "status"::text AS status, "enabled", "lastItemAt", "lastError", "lastErrorAt", "itemsTotal"
    FROM "Source" WHERE "activationId" = ${activationId}::uuid ORDER BY "name"`;
}

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
    point.reports += n(row.count);
    point.byCategory[row.category] = n(row.count);
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
    entry.total += n(row.total);
    entry.confirmed += n(row.confirmed);
    entry.maxSeverity = Math.max(entry.maxSeverity, row.maxSeverity);
    entry.byCategory[row.category] = n(row.total);
    communes.set(row.commune, entry);
  }
  return [...communes.values()].sort((a, b) => b.confirmed - a.confirmed || b.total - a.total || a.commune.localeCompare(b.commune, "fr"));
}

export type ConfirmedReport = {
  id: string;
  title: string;
  category: string;
  severity: number;
  currency: string;
  placeName: string | null;
  lat: number | null;
  lon: number | null;
  precision: string | null;
  observedAt: Date;
  updatedAt: Date;
};

/** Confirmed reports with a place, for the map: current ones first, then the most severe (at most `limit`). */
export async function confirmedForMap({ activationId, now }: QueryScope, limit = 2000): Promise<ConfirmedReport[]> {
  return db().$queryRaw<ConfirmedReport[]>`
    SELECT "id", "title", "category", "severity", "currency"::text AS currency, "placeName", "lat", "lon", "precision", "observedAt", "updatedAt"
    FROM "Report"
    WHERE "activationId" = ${activationId}::uuid AND "status" = 'CONFIRMED' AND "mergedIntoId" IS NULL
      AND "lat" IS NOT NULL AND "createdAt" <= ${now}
    ORDER BY ("currency" = 'CURRENT') DESC, "severity" DESC, "updatedAt" DESC
    LIMIT ${limit}`;
}

/** The latest confirmed reports: current ones first, then by last change. */
export async function latestConfirmed({ activationId, now }: QueryScope, limit = 10): Promise<ConfirmedReport[]> {
  return db().$queryRaw<ConfirmedReport[]>`
    SELECT "id", "title", "category", "severity", "currency"::text AS currency, "placeName", "lat", "lon", "precision", "observedAt", "updatedAt"
    FROM "Report"
    WHERE "activationId" = ${activationId}::uuid AND "status" = 'CONFIRMED' AND "mergedIntoId" IS NULL AND "createdAt" <= ${now}
    ORDER BY ("currency" = 'CURRENT') DESC, "updatedAt" DESC
    LIMIT ${limit}`;
}

export type RumourRow = { id: string; claim: string; status: string; createdAt: Date; updatedAt: Date; posts: number; reports: number };

/** Rumours still under watch, the most spread first. */
export async function rumoursUnderWatch(scope: QueryScope, limit = 10): Promise<RumourRow[]> {
  return rumours(scope, { underWatchOnly: true, limit });
}

/** Rumours (all statuses, or only those under watch) with how many posts and reports carry each. */
export async function rumours({ activationId, now }: QueryScope, options: { underWatchOnly: boolean; limit: number }): Promise<RumourRow[]> {
  const rows = await db().$queryRaw<(Omit<RumourRow, "posts" | "reports"> & { posts: bigint; reports: bigint })[]>`
    SELECT r."id", r."claim", r."status"::text AS status, r."createdAt", r."updatedAt",
           (SELECT count(*) FROM "RumourPost" p WHERE p."rumourId" = r."id") AS posts,
           (SELECT count(*) FROM "RumourReport" x WHERE x."rumourId" = r."id") AS reports
    FROM "Rumour" r
    WHERE r."activationId" = ${activationId}::uuid AND r."createdAt" <= ${now}
      AND (NOT ${options.underWatchOnly} OR r."status" = 'UNDER_WATCH')
    ORDER BY (r."status" = 'UNDER_WATCH') DESC, posts DESC, r."createdAt" DESC
    LIMIT ${options.limit}`;
  return rows.map((row) => ({ ...row, posts: n(row.posts), reports: n(row.reports) }));
}

export type RelayRow = { id: string; kind: string; title: string; publishedAt: Date | null; withdrawnAt: Date | null; publications: number; networks: string[] };

/** Relay messages published and not withdrawn (the relay issue writes them; read here only). */
export async function relayInForce({ activationId, now }: QueryScope, limit = 10): Promise<RelayRow[]> {
  return relayRows(activationId, now, { inForceOnly: true, limit });
}

/** Relay messages sent by `now` (published, withdrawn since or not), with their successful publications. */
export async function relaySent({ activationId, now }: QueryScope, limit = 100): Promise<RelayRow[]> {
  return relayRows(activationId, now, { inForceOnly: false, limit });
}

async function relayRows(activationId: string, now: Date, options: { inForceOnly: boolean; limit: number }): Promise<RelayRow[]> {
  const rows = await db().$queryRaw<(Omit<RelayRow, "publications"> & { publications: bigint })[]>`
    SELECT m."id", m."kind"::text AS kind, m."title", m."publishedAt", m."withdrawnAt",
           count(p."id") AS publications, COALESCE(array_agg(DISTINCT p."network") FILTER (WHERE p."id" IS NOT NULL), '{}') AS networks
    FROM "RelayMessage" m
    LEFT JOIN "RelayPublication" p ON p."messageId" = m."id" AND p."error" IS NULL AND p."at" <= ${now}
    WHERE m."activationId" = ${activationId}::uuid AND m."publishedAt" IS NOT NULL AND m."publishedAt" <= ${now}
      AND (NOT ${options.inForceOnly} OR (m."status" = 'PUBLISHED' AND m."withdrawnAt" IS NULL))
    GROUP BY m."id"
    ORDER BY m."publishedAt" DESC
    LIMIT ${options.limit}`;
  return rows.map((row) => ({ ...row, publications: n(row.publications) }));
}

/** Every confirmed report (current first, then the most severe), for a situation report's facts. */
export async function confirmedFacts({ activationId, now }: QueryScope, limit = 1000): Promise<ConfirmedReport[]> {
  return db().$queryRaw<ConfirmedReport[]>`
    SELECT "id", "title", "category", "severity", "currency"::text AS currency, "placeName", "lat", "lon", "precision", "observedAt", "updatedAt"
    FROM "Report"
    WHERE "activationId" = ${activationId}::uuid AND "status" = 'CONFIRMED' AND "mergedIntoId" IS NULL AND "createdAt" <= ${now}
    ORDER BY ("currency" = 'CURRENT') DESC, "category", "placeName" NULLS LAST, "severity" DESC, "observedAt" DESC
    LIMIT ${limit}`;
}

export type EscalationRow = { id: string; reportTitle: string; message: string; status: string; createdAt: Date; acknowledgedByName: string | null; acknowledgedAt: Date | null; answer: string | null };

/** Escalations raised by `now`, open ones first, with their acknowledgement and answer (as known at `now`). */
export async function escalationsWithAnswers({ activationId, now }: QueryScope, limit = 200): Promise<EscalationRow[]> {
  return db().$queryRaw<EscalationRow[]>`
    SELECT e."id", r."title" AS "reportTitle", e."message",
           CASE WHEN e."acknowledgedAt" IS NOT NULL AND e."acknowledgedAt" <= ${now} THEN 'ACKNOWLEDGED' ELSE 'OPEN' END AS status,
           e."createdAt",
           CASE WHEN e."acknowledgedAt" <= ${now} THEN e."acknowledgedByName" END AS "acknowledgedByName",
           CASE WHEN e."acknowledgedAt" <= ${now} THEN e."acknowledgedAt" END AS "acknowledgedAt",
           CASE WHEN e."acknowledgedAt" <= ${now} THEN e."answer" END AS answer
    FROM "Escalation" e JOIN "Report" r ON r."id" = e."reportId"
    WHERE e."activationId" = ${activationId}::uuid AND e."createdAt" <= ${now}
    ORDER BY (e."acknowledgedAt" IS NULL OR e."acknowledgedAt" > ${now}) DESC, e."createdAt" DESC
    LIMIT ${limit}`;
}

/** The whole dashboard, every query at once. */
export async function getDashboard(scope: QueryScope) {
  const [figures, confirmedHour, rate, escalations, sources, trend, communes, map, latest, rumourList, relay] = await Promise.all([
    reportFigures(scope),
    confirmedLastHour(scope),
    postRate(scope),
    openEscalations(scope),
    sourcesHealth(scope),
    trends(scope),
    affectedCommunes(scope),
    confirmedForMap(scope),
    latestConfirmed(scope),
    rumoursUnderWatch(scope),
    relayInForce(scope),
  ]);
  return { figures, confirmedHour, rate, escalations, sources, trend, communes, map, latest, rumours: rumourList, relay };
}
export type Dashboard = Awaited<ReturnType<typeof getDashboard>>;

/** The named queries, for the benchmark (same functions the page runs). */
export const DASHBOARD_QUERIES = {
  reportFigures,
  confirmedLastHour,
  postRate,
  openEscalations,
  sourcesHealth,
  trends,
  affectedCommunes: (scope: QueryScope) => affectedCommunes(scope),
  confirmedForMap: (scope: QueryScope) => confirmedForMap(scope),
  latestConfirmed: (scope: QueryScope) => latestConfirmed(scope),
  rumoursUnderWatch: (scope: QueryScope) => rumoursUnderWatch(scope),
  relayInForce: (scope: QueryScope) => relayInForce(scope),
} satisfies Record<string, (scope: QueryScope) => Promise<unknown>>;
