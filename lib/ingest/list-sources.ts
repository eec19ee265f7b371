import { clock } from "../clock";
import { db } from "../db/client";
import { isSourceRunning } from "./source-runner";

export async function listSourceNames(activationId: string): Promise<{ id: string; name: string }[]> {
  return db().source.findMany({ where: { activationId }, select: { id: true, name: true }, orderBy: { createdAt: "asc" } });
}

export type SourceHealth = {
  id: string;
  name: string;
  kind: string;
  enabled: boolean;
  status: string;
  running: boolean;
  config: Record<string, unknown>;
  hasSecret: boolean;
  lastItemAt: Date | null;
  itemsPerMinute: number;
  itemsTotal: number;
  /** Median seconds between a post's date and its arrival, over the last minute. */
  lagSeconds: number | null;
  lastError: string | null;
  lastErrorAt: Date | null;
  reconnects: number;
};

/** The source health panel: one row per source, measured over the last minute. Secrets never leave the server. */
export async function listSourceHealth(activationId: string): Promise<SourceHealth[]> {
  const now = clock().now();
  const since = new Date(now.getTime() - 60_000);
  const [sources, recent] = await Promise.all([
    db().source.findMany({ where: { activationId }, orderBy: { createdAt: "asc" } }),
    db().$queryRaw<{ sourceId: string; n: bigint; lag: number | null }[]>`
      SELECT "sourceId", count(*) AS n,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM ("ingestedAt" - "postedAt"))) AS lag
      FROM "Post" WHERE "activationId" = ${activationId}::uuid AND "ingestedAt" > ${since} AND "sourceId" IS NOT NULL
      GROUP BY "sourceId"`,
  ]);
  const bySource = new Map(recent.map((row) => [row.sourceId, row]));
  return sources.map((source) => ({
    id: source.id,
    name: source.name,
    kind: source.kind,
    enabled: source.enabled,
    status: source.status,
    running: isSourceRunning(source.id),
    config: (source.config ?? {}) as Record<string, unknown>,
    hasSecret: !!source.secret,
    lastItemAt: source.lastItemAt,
    itemsPerMinute: Number(bySource.get(source.id)?.n ?? 0),
    itemsTotal: source.itemsTotal,
    lagSeconds: bySource.get(source.id)?.lag ?? null,
    lastError: source.lastError,
    lastErrorAt: source.lastErrorAt,
    reconnects: source.reconnects,
  }));
}
