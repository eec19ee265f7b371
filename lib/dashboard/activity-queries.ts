import { db } from "../db/client";
import { asCount, type QueryScope } from "./query-scope";

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
  return rows.map((row) => ({ ...row, posts: asCount(row.posts), reports: asCount(row.reports) }));
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
  return rows.map((row) => ({ ...row, publications: asCount(row.publications) }));
}

export type EscalationRow = { id: string; reportTitle: string; message: string; status: string; createdAt: Date; acknowledgedByName: string | null; acknowledgedAt: Date | null; answer: string | null };

/** How many escalations were raised by `now`, and how many of them were still unacknowledged then: exact counts, whatever the list shows. */
export async function escalationCounts({ activationId, now }: QueryScope): Promise<{ total: number; open: number }> {
  const [row] = await db().$queryRaw<{ total: bigint; open: bigint }[]>`
    SELECT count(*) AS total, count(*) FILTER (WHERE e."acknowledgedAt" IS NULL OR e."acknowledgedAt" > ${now}) AS open
    FROM "Escalation" e
    WHERE e."activationId" = ${activationId}::uuid AND e."createdAt" <= ${now}`;
  return { total: asCount(row?.total), open: asCount(row?.open) };
}

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
